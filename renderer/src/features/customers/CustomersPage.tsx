import { useRef, useState } from 'react';
import {
  Box,
  Button,
  CloseButton,
  EmptyState,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Customer } from '@shared/domain/customer';
import { customerIdsByName, customersByIds, searchCustomers } from '@/db/customers';
import { VirtualList } from '@/components/VirtualList';
import { EmptyShop } from '@/components/EmptyShop';
import { CustomerFormModal } from './CustomerForm';
import { CustomerListHeader, CustomerRow, ROW_HEIGHT } from './CustomerRow';
import classes from './customers.module.css';

/** How many matches the search shows; more than this and the seller types another letter. */
export const SEARCH_LIMIT = 100;

const ALL = 'all-customers';
const FOUND = 'search-results';

/** The customers list: everyone by name (virtualized), or search-as-you-type results. */
export default function CustomersPage() {
  const { t } = useTranslation('customers');
  const [params, setParams] = useSearchParams();
  // The typed text lives in local state (instant), the URL keeps it for Back from a customer page.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const q = query.trim();

  // Not while the New customer dialog is open: focus stays in the dialog.
  useHotkeys([['/', () => !creating && searchRef.current?.focus()]]);

  const ids = useLiveQuery(() => customerIdsByName(), []);
  // Tagged with its query: the hook keeps the previous answer until the next one arrives.
  const results = useLiveQuery(
    async () => ({ q, rows: q ? await searchCustomers(q, SEARCH_LIMIT) : [] }),
    [q],
  );

  function changeQuery(next: string) {
    setQuery(next);
    setParams(next.trim() ? { q: next } : {}, { replace: true });
  }

  function created(c: Customer) {
    setCreating(false);
    notifications.show({ color: 'teal', message: t('saved.created', { name: c.name }) });
  }

  const noCustomers = ids !== undefined && ids.length === 0;

  return (
    <Stack
      gap="md"
      // Which query the rows on screen answer (the bench times keystroke -> this).
      data-results-for={results?.q}
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--app-shell-padding, 16px))"
    >
      <Group justify="space-between" wrap="nowrap" style={{ flex: 'none' }}>
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {ids !== undefined && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {t('count', { count: ids.length })}
              {q && results?.q === q && ` · ${t('matches', { count: results.rows.length })}`}
            </Text>
          )}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('newCustomer')}
        </Button>
      </Group>

      {noCustomers ? (
        <EmptyShop />
      ) : (
        <>
          <TextInput
            ref={searchRef}
            type="search"
            value={query}
            onChange={(e) => changeQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.preventDefault();
                changeQuery('');
              } else if (e.key === 'ArrowDown') {
                e.preventDefault();
                const group = q ? FOUND : ALL;
                document
                  .querySelector<HTMLElement>(`[data-row-group="${group}"][data-row-index="0"]`)
                  ?.focus();
              }
            }}
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            data-row-target={q ? FOUND : ALL}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSectionWidth={query ? 36 : 44}
            rightSection={
              query ? (
                <CloseButton size="sm" aria-label={t('search.clear')} onClick={() => changeQuery('')} />
              ) : (
                <Tooltip label={t('search.shortcut')}>
                  <Kbd size="xs">/</Kbd>
                </Tooltip>
              )
            }
            style={{ flex: 'none' }}
          />

          {q ? (
            <SearchResults query={q} results={results} />
          ) : (
            <Paper withBorder radius="md" className={classes.table} style={{ flex: 1 }}>
              <CustomerListHeader />
              <Box style={{ flex: 1, minHeight: 0 }}>
                {ids && (
                  <VirtualList<Customer>
                    ids={ids}
                    load={customersByIds}
                    rowHeight={ROW_HEIGHT}
                    label={t('list.label')}
                    scrollId="customers"
                    renderRow={(c, index) => <CustomerRow customer={c} index={index} group={ALL} />}
                  />
                )}
              </Box>
            </Paper>
          )}
        </>
      )}

      <CustomerFormModal opened={creating} onClose={() => setCreating(false)} onSaved={created} />
    </Stack>
  );
}

interface SearchAnswer {
  q: string;
  rows: Customer[];
}

function SearchResults({ query, results }: { query: string; results: SearchAnswer | undefined }) {
  const { t } = useTranslation('customers');
  // While the next keystroke's query runs, the previous answer stays on screen, so nothing flickers;
  // "no matches" is only said about the query actually typed.
  const current = results?.q === query;
  const rows = results?.rows ?? [];

  if (current && rows.length === 0) {
    return (
      <EmptyState
        icon={<IconUserSearch size={28} />}
        withIndicatorBackground
        title={t('search.noMatchesTitle', { query })}
        description={t('search.noMatchesBody')}
        role="status"
        py="xl"
      />
    );
  }
  return (
    <Paper withBorder radius="md" className={classes.table} style={{ flex: 1 }}>
      <CustomerListHeader />
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <div role="list" aria-label={t('list.results')}>
          {rows.map((c, i) => (
            <div role="listitem" key={c.id} style={{ height: ROW_HEIGHT }}>
              <CustomerRow customer={c} index={i} group={FOUND} />
            </div>
          ))}
        </div>
        {rows.length >= SEARCH_LIMIT && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('search.limited', { count: SEARCH_LIMIT })}
          </Text>
        )}
      </div>
    </Paper>
  );
}
