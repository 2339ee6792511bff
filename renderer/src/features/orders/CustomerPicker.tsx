import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@shared/domain/customer';
import { getCustomer, searchCustomers } from '@/db/customers';

export interface CustomerPickerProps {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Opens the new-customer dialog, prefilled with what was typed. */
  onCreate: (typed: string) => void;
  error?: ReactNode;
  /** Form wiring (`data-path` for focusing the first error). */
  inputProps?: Record<string, unknown>;
}

/** Finds a customer as you type (name, email, username or city words) through the search index. */
export function CustomerPicker({ value, onChange, onCreate, error, inputProps }: CustomerPickerProps) {
  const { t } = useTranslation('orders');
  const [search, setSearch] = useState('');
  // What was typed before the box lost focus (Select then puts back the selected name, or nothing).
  const typed = useRef('');
  const [debounced] = useDebouncedValue(search, 120);
  const q = debounced.trim();
  // The selected customer's row, for its label (also after "New customer" or a ?customer= link).
  const selected = useLiveQuery(() => (value ? getCustomer(value) : undefined), [value]);
  // Typing that is only the selected name (Select shows it in the box) is not a search.
  const searchFor = q && q !== selected?.name ? q : '';
  const found = useLiveQuery(() => (searchFor ? searchCustomers(searchFor, 20) : []), [searchFor]);

  const byId = useMemo(() => {
    const m = new Map<string, Customer>();
    if (selected) m.set(selected.id, selected);
    for (const c of found ?? []) m.set(c.id, c);
    return m;
  }, [selected, found]);

  const data = useMemo(() => [...byId.values()].map((c) => ({ value: c.id, label: c.name })), [byId]);
  const searching = search.trim() !== '' && search.trim() !== selected?.name;

  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <Select
        {...inputProps}
        label={t('form.customer')}
        placeholder={t('form.customerPlaceholder')}
        withAsterisk
        searchable
        clearable
        data={data}
        value={value}
        onChange={onChange}
        searchValue={search}
        onSearchChange={setSearch}
        onBlur={() => {
          typed.current = searching ? search.trim() : '';
        }}
        filter={({ options }) => options}
        nothingFoundMessage={searching ? t('form.customerNothing') : undefined}
        leftSection={<IconSearch size={16} aria-hidden />}
        error={error}
        style={{ flex: 1 }}
        maxDropdownHeight={320}
        comboboxProps={{ shadow: 'md' }}
        renderOption={({ option }) => {
          const c = byId.get(option.value);
          const details = c ? [c.email, c.etsyUsername, c.address?.city].filter(Boolean).join(' · ') : '';
          return (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {details && (
                <Text size="xs" c="dimmed">
                  {details}
                </Text>
              )}
            </Stack>
          );
        }}
      />
      <Button
        variant="light"
        leftSection={<IconUserPlus size={16} aria-hidden />}
        onClick={() => onCreate(searching ? search.trim() : typed.current)}
        mt={25}
      >
        {t('form.newCustomer')}
      </Button>
    </Group>
  );
}
