import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getCustomer, searchCustomers } from '@/db/customers';
import { customerNames, latestOrderIds, ordersByIds, searchOrderIds } from '@/db/order-reads';
import { addSurvey, SurveyRefused, surveyInputSchema, type SurveyInput, type SurveyKind } from '@/db/surveys';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { DateField, OrderDatesProvider } from '@/features/orders/DateField';
import { ValidationError, type FieldIssue } from '@shared/validation';

export interface SurveyFormValues {
  kind: SurveyKind;
  score: number | string;
  date: string | null;
  customerId: string | null;
  orderId: string | null;
  comment: string;
}

export function inputFromValues(v: SurveyFormValues): SurveyInput {
  const input: SurveyInput = {
    kind: v.kind,
    score: v.score === '' ? Number.NaN : Number(v.score),
    date: v.date ?? '',
  };
  if (v.orderId) input.orderId = v.orderId;
  else if (v.customerId) input.customerId = v.customerId;
  if (v.comment.trim()) input.comment = v.comment;
  return input;
}

function issuesToErrors(
  issues: readonly FieldIssue[],
  kind: SurveyKind,
  t: TFunction<'surveys'>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { path } of issues) {
    if (fields[path]) continue;
    if (path === 'score') fields.score = t(kind === 'nps' ? 'form.errors.npsScore' : 'form.errors.csatScore');
    else if (path === 'date') fields.date = t('form.errors.date');
    else if (path) fields[path] = t('form.errors.tooLong');
  }
  return fields;
}

function useCustomerOptions(search: string, picked: string | null) {
  const [q] = useDebouncedValue(search.trim(), 120);
  return useLiveQuery(async () => {
    const found = q ? await searchCustomers(q, 20) : [];
    const selected = picked ? await getCustomer(picked) : undefined;
    const all = selected && !found.some((c) => c.id === selected.id) ? [selected, ...found] : found;
    return all.map((c) => ({ value: c.id, label: c.email ? `${c.name} · ${c.email}` : c.name }));
  }, [q, picked]);
}

function useOrderOptions(search: string, picked: string | null, t: TFunction<'surveys'>) {
  const f = useFormat();
  return useLiveQuery(async () => {
    const q = search.trim();
    const found = /^#?\d/.test(q)
      ? (await searchOrderIds({}, { externalIdPrefix: q })).slice(0, 30)
      : await latestOrderIds(30);
    const ids = picked && !found.includes(picked) ? [picked, ...found] : found;
    const orders = await ordersByIds(ids);
    const names = await customerNames(orders.map((o) => o.customerId));
    return orders.map((o) => ({
      value: o.id,
      label: t('form.orderOption', {
        number: o.externalId ?? t('form.noNumber'),
        customer: names.get(o.customerId) ?? '—',
        date: f.date(o.orderedDate, 'short'),
      }),
    }));
  }, [search, picked, f.locale]);
}

/** Records one survey answer. Nothing is written until the score fits its question. */
export function SurveyForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('surveys');
  const [formError, setFormError] = useState<string>();
  const [customerSearch, setCustomerSearch] = useState('');
  const [orderSearch, setOrderSearch] = useState('');
  const form = useForm<SurveyFormValues>({
    mode: 'controlled',
    initialValues: { kind: 'nps', score: '', date: today(), customerId: null, orderId: null, comment: '' },
    validate: (values) => {
      const r = surveyInputSchema.safeParse(inputFromValues(values));
      if (r.success) return {};
      return issuesToErrors(
        r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
        values.kind,
        t,
      );
    },
  });
  const customers = useCustomerOptions(customerSearch, form.values.customerId);
  const orders = useOrderOptions(orderSearch, form.values.orderId, t);
  const [min, max] = form.values.kind === 'nps' ? [0, 10] : [1, 5];

  async function save(values: SurveyFormValues) {
    setFormError(undefined);
    try {
      await addSurvey(inputFromValues(values));
      onSaved();
    } catch (e) {
      if (e instanceof ValidationError) form.setErrors(issuesToErrors(e.issues, values.kind, t));
      else if (e instanceof SurveyRefused) setFormError(t(`form.errors.${e.reason}`));
      else setFormError(t('form.errors.failed', { reason: (e as Error).message }));
    }
  }

  return (
    <form noValidate aria-label={t('form.title')} onSubmit={form.onSubmit(save)}>
      <OrderDatesProvider>
        <Stack gap="md">
          {formError && (
            <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
              {formError}
            </Alert>
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="survey-kind-label">
              {t('form.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="survey-kind-label"
              data={[
                { value: 'nps', label: t('form.kindNps') },
                { value: 'csat', label: t('form.kindCsat') },
              ]}
              {...form.getInputProps('kind')}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t('form.score')}
              description={`${min}–${max}`}
              withAsterisk
              allowDecimal={false}
              allowNegative={false}
              data-autofocus
              {...form.getInputProps('score')}
            />
            <DateField label={t('form.date')} withAsterisk {...form.getInputProps('date')} />
          </SimpleGrid>
          <Select
            label={t('form.customer')}
            placeholder={t('form.customerPlaceholder')}
            data={customers ?? []}
            searchable
            clearable
            filter={({ options }) => options}
            onSearchChange={setCustomerSearch}
            nothingFoundMessage="—"
            comboboxProps={{ withinPortal: true }}
            disabled={!!form.values.orderId}
            {...form.getInputProps('customerId')}
          />
          <Select
            label={t('form.order')}
            placeholder={t('form.orderPlaceholder')}
            data={orders ?? []}
            searchable
            clearable
            filter={({ options }) => options}
            onSearchChange={setOrderSearch}
            nothingFoundMessage="—"
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('orderId')}
          />
          <Textarea
            label={t('form.comment')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </OrderDatesProvider>
    </form>
  );
}

export function SurveyFormModal({
  opened,
  onClose,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('surveys');
  const { t: tc } = useTranslation('common');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('form.title')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {opened && <SurveyForm onSaved={onSaved} onCancel={onClose} />}
    </Modal>
  );
}
