import { useState } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/tr';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  customerInputSchema,
  noteLanguages,
  type Customer,
  type CustomerInput,
} from '@shared/domain/customer';
import { ValidationError, type FieldIssue } from '@shared/validation';
import { createCustomer, updateCustomer } from '@/db/customers';
import { today } from '@/app/clock';
import classes from './customers.module.css';

dayjs.extend(localizedFormat);

/** What the form edits: every field as the person types it (blank strings, not undefined). */
export interface CustomerFormValues {
  name: string;
  email: string;
  phone: string;
  etsyUsername: string;
  etsyBuyerId: string;
  shopifyId: string;
  address: { line1: string; line2: string; city: string; state: string; zip: string; country: string };
  tags: string[];
  notes: string;
  preferences: { likes: string; noSurprises: boolean; noReviewRequests: boolean; noteLanguage: 'en' | 'tr' };
  createdDate: string;
}

/** A few fields to start a new customer with, e.g. what was typed into an order's customer picker. */
export interface CustomerFormDefaults {
  name?: string;
  email?: string;
  etsyUsername?: string;
}

export function valuesFromCustomer(
  c: Customer | undefined,
  defaults: CustomerFormDefaults = {},
): CustomerFormValues {
  const a = c?.address ?? {};
  return {
    name: c?.name ?? defaults.name ?? '',
    email: c?.email ?? defaults.email ?? '',
    phone: c?.phone ?? '',
    etsyUsername: c?.etsyUsername ?? defaults.etsyUsername ?? '',
    etsyBuyerId: c?.etsyBuyerId ?? '',
    shopifyId: c?.shopifyId ?? '',
    address: {
      line1: a.line1 ?? '',
      line2: a.line2 ?? '',
      city: a.city ?? '',
      state: a.state ?? '',
      zip: a.zip ?? '',
      country: a.country ?? '',
    },
    tags: c?.tags ?? [],
    notes: c?.notes ?? '',
    preferences: {
      likes: c?.preferences.likes ?? '',
      noSurprises: c?.preferences.noSurprises ?? false,
      noReviewRequests: c?.preferences.noReviewRequests ?? false,
      noteLanguage: c?.preferences.noteLanguage ?? 'en',
    },
    createdDate: c?.createdDate ?? today(),
  };
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** The repository input for the typed values: blank fields are left out rather than stored as "". */
export function inputFromValues(v: CustomerFormValues, initial?: Customer): CustomerInput {
  const address = Object.fromEntries(
    Object.entries(v.address).flatMap(([k, s]) => (s.trim() === '' ? [] : [[k, s]])),
  ) as CustomerInput['address'];
  return withoutUndefined({
    name: v.name,
    email: blankToUndefined(v.email),
    phone: blankToUndefined(v.phone),
    etsyUsername: blankToUndefined(v.etsyUsername),
    etsyBuyerId: blankToUndefined(v.etsyBuyerId),
    shopifyId: blankToUndefined(v.shopifyId),
    address,
    tags: v.tags.map((s) => s.trim()).filter(Boolean),
    notes: blankToUndefined(v.notes),
    preferences: {
      likes: blankToUndefined(v.preferences.likes),
      noSurprises: v.preferences.noSurprises,
      noReviewRequests: v.preferences.noReviewRequests,
      noteLanguage: v.preferences.noteLanguage,
    },
    createdDate: v.createdDate,
    // Editing a sample customer keeps it removable with the rest of the sample shop.
    ...(initial?.sample ? { sample: 1 as const } : {}),
  });
}

function withoutUndefined<T extends object>(o: T): T {
  const out = { ...o };
  for (const k of Object.keys(out) as (keyof T)[]) if (out[k] === undefined) delete out[k];
  if ('preferences' in out && out.preferences && typeof out.preferences === 'object') {
    out.preferences = withoutUndefined(out.preferences) as T[keyof T & 'preferences'];
  }
  return out;
}

/**
 * Turns validation issues (from the schema or from the repository's ValidationError) into translated
 * messages per form field; issues about the whole record become the form's own message.
 */
export function issuesToErrors(
  issues: readonly FieldIssue[],
  values: CustomerFormValues,
  t: TFunction<'customers'>,
): { fields: Record<string, string>; form?: string } {
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const { path, message } of issues) {
    if (path === '') {
      form ??= message === 'This customer no longer exists' ? t('form.errors.gone') : message;
      continue;
    }
    const field = path.startsWith('tags') ? 'tags' : path;
    if (fields[field]) continue;
    if (field === 'name')
      fields[field] = values.name.trim() ? t('form.errors.tooLong') : t('form.errors.nameRequired');
    else if (field === 'email') fields[field] = t('form.errors.email');
    else if (field === 'phone') fields[field] = t('form.errors.phone');
    else if (field === 'createdDate') fields[field] = t('form.errors.date');
    else if (field === 'tags') fields[field] = t('form.errors.tags');
    else fields[field] = t('form.errors.tooLong');
  }
  return { fields, form };
}

export interface CustomerFormProps {
  /** The customer being edited; a new customer is created when absent. */
  initial?: Customer;
  /** Prefills a new customer. Ignored when editing. */
  defaults?: CustomerFormDefaults;
  onSaved: (c: Customer) => void;
  onCancel: () => void;
}

const FORM_NAME = 'customer-form';

/** Add or edit a customer. Nothing is written until every field is valid. */
export function CustomerForm({ initial, defaults, onSaved, onCancel }: CustomerFormProps) {
  const { t, i18n } = useTranslation('customers');
  const { t: tc } = useTranslation('common');
  const [formError, setFormError] = useState<string>();
  const form = useForm<CustomerFormValues>({
    name: FORM_NAME,
    // Uncontrolled: a keystroke updates one input, not the whole form.
    mode: 'uncontrolled',
    initialValues: valuesFromCustomer(initial, defaults),
    validateInputOnBlur: true,
    validate: (values) => {
      const r = customerInputSchema.safeParse(inputFromValues(values, initial));
      if (r.success) return {};
      const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      return issuesToErrors(issues, values, t).fields;
    },
  });

  function focusFirstError(errors: Record<string, unknown>) {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  }

  async function save(values: CustomerFormValues) {
    setFormError(undefined);
    try {
      const input = inputFromValues(values, initial);
      const saved = initial ? await updateCustomer(initial.id, input) : await createCustomer(input);
      onSaved(saved);
    } catch (e) {
      if (e instanceof ValidationError) {
        const { fields, form: whole } = issuesToErrors(e.issues, values, t);
        form.setErrors(fields);
        setFormError(whole ?? t('form.errors.check'));
        focusFirstError(fields);
      } else {
        setFormError(tc('errors.saveFailed', { reason: (e as Error).message }));
      }
    }
  }

  const legend = { legend: classes.legend };

  return (
    <form
      noValidate
      aria-label={initial ? t('form.titleEdit', { name: initial.name }) : t('form.titleNew')}
      onSubmit={form.onSubmit(save, focusFirstError)}
    >
      <Stack gap="lg">
        {formError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {formError}
          </Alert>
        )}

        <Fieldset legend={t('form.sections.contact')} variant="unstyled" classNames={legend}>
          <Stack gap="sm">
            <TextInput
              label={t('form.name')}
              placeholder={t('form.namePlaceholder')}
              withAsterisk
              autoComplete="off"
              data-autofocus
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="email"
                label={t('form.email')}
                placeholder={t('form.emailPlaceholder')}
                autoComplete="off"
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <TextInput
                type="tel"
                label={t('form.phone')}
                placeholder={t('form.phonePlaceholder')}
                autoComplete="off"
                key={form.key('phone')}
                {...form.getInputProps('phone')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.channels')} variant="unstyled" classNames={legend}>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label={t('form.etsyUsername')}
              autoComplete="off"
              key={form.key('etsyUsername')}
              {...form.getInputProps('etsyUsername')}
            />
            <TextInput
              label={t('form.etsyBuyerId')}
              autoComplete="off"
              key={form.key('etsyBuyerId')}
              {...form.getInputProps('etsyBuyerId')}
            />
            <TextInput
              label={t('form.shopifyId')}
              autoComplete="off"
              key={form.key('shopifyId')}
              {...form.getInputProps('shopifyId')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.sections.address')} variant="unstyled" classNames={legend}>
          <Stack gap="sm">
            <TextInput
              label={t('form.line1')}
              autoComplete="off"
              key={form.key('address.line1')}
              {...form.getInputProps('address.line1')}
            />
            <TextInput
              label={t('form.line2')}
              autoComplete="off"
              key={form.key('address.line2')}
              {...form.getInputProps('address.line2')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label={t('form.city')}
                autoComplete="off"
                key={form.key('address.city')}
                {...form.getInputProps('address.city')}
              />
              <TextInput
                label={t('form.state')}
                autoComplete="off"
                key={form.key('address.state')}
                {...form.getInputProps('address.state')}
              />
              <TextInput
                label={t('form.zip')}
                autoComplete="off"
                inputMode="text"
                key={form.key('address.zip')}
                {...form.getInputProps('address.zip')}
              />
              <TextInput
                label={t('form.country')}
                autoComplete="off"
                key={form.key('address.country')}
                {...form.getInputProps('address.country')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.preferences')} variant="unstyled" classNames={legend}>
          <Stack gap="sm">
            <TextInput
              label={t('form.likes')}
              placeholder={t('form.likesPlaceholder')}
              autoComplete="off"
              key={form.key('preferences.likes')}
              {...form.getInputProps('preferences.likes')}
            />
            <Select
              label={t('form.noteLanguage')}
              description={t('form.noteLanguageHint')}
              data={noteLanguages.map((l) => ({ value: l, label: t(`form.languages.${l}`) }))}
              allowDeselect={false}
              maw={280}
              key={form.key('preferences.noteLanguage')}
              {...form.getInputProps('preferences.noteLanguage')}
            />
            <Switch
              label={t('form.noSurprises')}
              description={t('form.noSurprisesHint')}
              key={form.key('preferences.noSurprises')}
              {...form.getInputProps('preferences.noSurprises', { type: 'checkbox' })}
            />
            <Switch
              label={t('form.noReviewRequests')}
              description={t('form.noReviewRequestsHint')}
              key={form.key('preferences.noReviewRequests')}
              {...form.getInputProps('preferences.noReviewRequests', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.more')} variant="unstyled" classNames={legend}>
          <Stack gap="sm">
            <TagsInput
              label={t('form.tags')}
              placeholder={t('form.tagsPlaceholder')}
              description={t('form.tagsHint')}
              splitChars={[',']}
              clearable
              key={form.key('tags')}
              {...form.getInputProps('tags')}
            />
            <Textarea
              label={t('form.notes')}
              placeholder={t('form.notesPlaceholder')}
              autosize
              minRows={3}
              maxRows={10}
              key={form.key('notes')}
              {...form.getInputProps('notes')}
            />
            <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
              <DatePickerInput
                label={t('form.createdDate')}
                description={t('form.createdDateHint')}
                valueFormat="LL"
                leftSection={<IconCalendar size={16} aria-hidden />}
                maw={280}
                key={form.key('createdDate')}
                {...form.getInputProps('createdDate')}
              />
            </DatesProvider>
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm" className={classes.formFooter}>
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

export interface CustomerFormModalProps extends Omit<CustomerFormProps, 'onCancel'> {
  opened: boolean;
  onClose: () => void;
}

/** The customer form in a dialog, as New customer / Edit use it (and an order's "create customer"). */
export function CustomerFormModal({ opened, onClose, initial, defaults, onSaved }: CustomerFormModalProps) {
  const { t } = useTranslation('customers');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initial ? t('form.titleEdit', { name: initial.name }) : t('form.titleNew')}
      size="lg"
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <CustomerForm initial={initial} defaults={defaults} onSaved={onSaved} onCancel={onClose} />}
    </Modal>
  );
}
