import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { surpriseKinds, type Surprise } from '@shared/domain/other';
import { minorToInput, parseMoneyInput } from '@shared/format';
import { SurpriseRefused } from '@shared/surprises/errors';
import { surpriseInputSchema, type SurpriseInput } from '@shared/surprises/schema';
import { ValidationError, type FieldIssue } from '@shared/validation';
import { createSurprise, updateSurprise } from '@/db/surprises';
import { currencies } from '@/features/orders/model';

/** The form's fields as the person types them. */
export interface SurpriseFormValues {
  name: string;
  kind: Surprise['kind'];
  code: string;
  stock: number | string;
  lowStockThreshold: number | string;
  /** As typed ("0,35"); read with parseMoneyInput into minor units. */
  unitCost: string;
  currency: string;
  active: boolean;
}

function amountText(minor: number, currency: string, lang: string): string {
  const s = minorToInput(minor, currency);
  return lang === 'tr' ? s.replace('.', ',') : s;
}

export function valuesFromSurprise(
  s: Surprise | undefined,
  lang: string,
  defaultCurrency: string,
): SurpriseFormValues {
  const currency = s?.currency ?? defaultCurrency;
  return {
    name: s?.name ?? '',
    kind: s?.kind ?? 'sticker',
    code: s?.code ?? '',
    stock: s?.stock ?? 0,
    lowStockThreshold: s?.lowStockThreshold ?? 5,
    unitCost: s ? amountText(s.unitCost, currency, lang) : '',
    currency,
    active: s?.active ?? true,
  };
}

/** A count as typed: a blank or non-number becomes NaN, which the schema refuses with a field error. */
const countOf = (v: number | string) =>
  typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v);

/** The repository input for the typed values. A blank cost is free (0); a cost that is not a number is refused. */
export function inputFromValues(v: SurpriseFormValues): SurpriseInput {
  const cost = v.unitCost.trim() === '' ? 0 : (parseMoneyInput(v.unitCost, v.currency) ?? Number.NaN);
  const input: SurpriseInput = {
    name: v.name,
    kind: v.kind,
    stock: countOf(v.stock),
    lowStockThreshold: countOf(v.lowStockThreshold),
    unitCost: cost,
    currency: v.currency,
    active: v.active,
  };
  if (v.kind === 'discount-code') input.code = v.code;
  return input;
}

/** Validation issues as translated messages per field; issues about the whole surprise become `form`. */
export function issuesToErrors(
  issues: readonly FieldIssue[],
  values: SurpriseFormValues,
  t: TFunction<'surprises'>,
): { fields: Record<string, string>; form?: string } {
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const { path, message } of issues) {
    if (path === '') {
      form ??= message;
      continue;
    }
    if (fields[path]) continue;
    if (path === 'name') fields.name = values.name.trim() ? t('form.errors.tooLong') : t('form.errors.name');
    else if (path === 'code')
      fields.code =
        values.code.trim() === ''
          ? t('form.errors.code')
          : /too long/i.test(message)
            ? t('form.errors.tooLong')
            : t('form.errors.codeChars');
    else if (path === 'stock' || path === 'lowStockThreshold') fields[path] = t('form.errors.count');
    else if (path === 'unitCost') fields.unitCost = t('form.errors.cost');
    else if (path === 'currency') fields.currency = t('form.errors.currency');
    else form ??= message;
  }
  return { fields, form };
}

export interface SurpriseFormProps {
  /** The surprise being edited; a new one is created when absent. */
  initial?: Surprise;
  defaultCurrency: string;
  onSaved: (s: Surprise) => void;
  onCancel: () => void;
}

/** Add or edit a surprise. Nothing is written until every field is valid. */
export function SurpriseForm({ initial, defaultCurrency, onSaved, onCancel }: SurpriseFormProps) {
  const { t, i18n } = useTranslation('surprises');
  const { t: tc } = useTranslation('common');
  const [formError, setFormError] = useState<string>();
  const form = useForm<SurpriseFormValues>({
    mode: 'controlled',
    initialValues: valuesFromSurprise(initial, i18n.language, defaultCurrency),
    validateInputOnBlur: true,
    validate: (values) => {
      const r = surpriseInputSchema.safeParse(inputFromValues(values));
      if (r.success) return {};
      const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      return issuesToErrors(issues, values, t).fields;
    },
  });

  function focusFirstError(errors: Record<string, unknown>) {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  }

  async function save(values: SurpriseFormValues) {
    setFormError(undefined);
    try {
      const input = inputFromValues(values);
      const saved = initial ? await updateSurprise(initial.id, input) : await createSurprise(input);
      onSaved(saved);
    } catch (e) {
      if (e instanceof SurpriseRefused && (e.reason === 'duplicate-name' || e.reason === 'duplicate-code')) {
        const fields = { [e.path]: t(`errors.${e.reason}`) };
        form.setErrors(fields);
        focusFirstError(fields);
      } else if (e instanceof SurpriseRefused) {
        setFormError(t(`errors.${e.reason}`, { date: '', count: e.count ?? 0 }));
      } else if (e instanceof ValidationError) {
        const { fields, form: whole } = issuesToErrors(e.issues, values, t);
        form.setErrors(fields);
        setFormError(whole ?? t('form.errors.check'));
        focusFirstError(fields);
      } else {
        setFormError(tc('errors.saveFailed', { reason: (e as Error).message }));
      }
    }
  }

  const kind = form.values.kind;
  const currencyData = currencies.includes(form.values.currency)
    ? currencies
    : [form.values.currency, ...currencies];

  return (
    <form
      noValidate
      aria-label={initial ? t('form.titleEdit', { name: initial.name }) : t('form.titleNew')}
      onSubmit={form.onSubmit(save, focusFirstError)}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('form.name')}
          placeholder={t('form.namePlaceholder')}
          withAsterisk
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('form.kind')}
          data={surpriseKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        {kind === 'discount-code' && (
          <TextInput
            label={t('form.code')}
            description={t('form.codeHint')}
            placeholder="THANKYOU10"
            withAsterisk
            autoComplete="off"
            styles={{
              input: { textTransform: 'uppercase', fontFamily: 'var(--mantine-font-family-monospace)' },
            }}
            {...form.getInputProps('code')}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={t('form.stock')}
            description={t('form.stockHint')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            {...form.getInputProps('stock')}
          />
          <NumberInput
            label={t('form.threshold')}
            description={t('form.thresholdHint')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            {...form.getInputProps('lowStockThreshold')}
          />
          <TextInput
            label={t('form.unitCost')}
            description={t('form.unitCostHint')}
            inputMode="decimal"
            autoComplete="off"
            placeholder={amountText(0, form.values.currency, i18n.language)}
            {...form.getInputProps('unitCost')}
          />
          <Select
            label={t('form.currency')}
            description={t('form.currencyHint')}
            data={currencyData}
            searchable
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
        </SimpleGrid>
        <Switch
          label={t('form.active')}
          description={t('form.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        {initial && initial.stock !== countOf(form.values.stock) && (
          <Text size="xs" c="dimmed">
            {t('form.stockChanged', { from: initial.stock })}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {initial ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export interface SurpriseFormModalProps extends Omit<SurpriseFormProps, 'onCancel'> {
  opened: boolean;
  onClose: () => void;
}

export function SurpriseFormModal({
  opened,
  onClose,
  initial,
  defaultCurrency,
  onSaved,
}: SurpriseFormModalProps) {
  const { t } = useTranslation('surprises');
  const { t: tc } = useTranslation('common');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initial ? t('form.titleEdit', { name: initial.name }) : t('form.titleNew')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {opened && (
        <SurpriseForm
          initial={initial}
          defaultCurrency={defaultCurrency}
          onSaved={onSaved}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
