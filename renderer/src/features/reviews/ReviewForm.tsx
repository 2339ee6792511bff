import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Chip,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconAlertTriangle, IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { reviewCategories } from '@shared/domain/other';
import { channels, type Channel } from '@shared/domain/order';
import { suggestCategories } from '@shared/reviews/categories';
import { needsRecovery } from '@shared/reviews/recovery';
import { ValidationError, type FieldIssue } from '@shared/validation';
import { customerNames, latestOrderIds, ordersByIds, searchOrderIds } from '@/db/order-reads';
import {
  createReview,
  ReviewRefused,
  reviewInputSchema,
  updateReview,
  type ReviewCategory,
  type ReviewInput,
  type ReviewRow,
  type ReviewWrite,
} from '@/db/reviews';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { DateField, OrderDatesProvider } from '@/features/orders/DateField';
import { CasePanel } from '@/features/cases/CasePanel';
import { replyTemplate, type TemplateLanguage } from './model';

export interface ReviewFormValues {
  rating: string;
  date: string | null;
  channel: Channel;
  reviewer: string;
  text: string;
  orderId: string | null;
  categories: ReviewCategory[];
  reply: string;
  replyDate: string | null;
}

export function valuesFromReview(r: ReviewRow | undefined, today: string): ReviewFormValues {
  return {
    rating: r ? String(r.rating) : '',
    date: r?.date ?? today,
    channel: r?.channel ?? 'etsy',
    reviewer: r?.reviewer ?? '',
    text: r?.text ?? '',
    orderId: r?.orderId ?? null,
    categories: r?.categories ?? [],
    reply: r?.reply ?? '',
    replyDate: r?.replyDate ?? null,
  };
}

export function inputFromValues(v: ReviewFormValues): ReviewInput {
  const input: ReviewInput = {
    channel: v.channel,
    rating: v.rating === '' ? Number.NaN : Number(v.rating),
    date: v.date ?? '',
    text: v.text,
    categories: v.categories,
  };
  if (v.reviewer.trim()) input.reviewer = v.reviewer;
  if (v.orderId) input.orderId = v.orderId;
  if (v.reply.trim()) {
    input.reply = v.reply;
    if (v.replyDate) input.replyDate = v.replyDate;
  }
  return input;
}

function issuesToErrors(issues: readonly FieldIssue[], t: TFunction<'reviews'>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { path } of issues) {
    if (fields[path]) continue;
    if (path === 'rating') fields.rating = t('form.errors.rating');
    else if (path === 'date') fields.date = t('form.errors.date');
    else if (path === 'replyDate') fields.replyDate = t('form.errors.replyDate');
    else if (path) fields[path] = t('form.errors.tooLong');
  }
  return fields;
}

/** Recent orders, or those whose number starts with what was typed; the picked one always included. */
function useOrderOptions(search: string, picked: string | null, t: TFunction<'reviews'>) {
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

export interface ReviewFormProps {
  initial?: ReviewRow;
  onSaved: (w: ReviewWrite, isNew: boolean) => void;
  onCancel: () => void;
  onDelete?: (r: ReviewRow) => void;
}

/** Add or edit a review. Nothing is written until every field is valid. */
export function ReviewForm({ initial, onSaved, onCancel, onDelete }: ReviewFormProps) {
  const { t, i18n } = useTranslation('reviews');
  const { t: tc } = useTranslation('common');
  const [formError, setFormError] = useState<string>();
  const [orderSearch, setOrderSearch] = useState('');
  const form = useForm<ReviewFormValues>({
    mode: 'controlled',
    initialValues: valuesFromReview(initial, today()),
    validate: (values) => {
      const r = reviewInputSchema.safeParse(inputFromValues(values));
      if (r.success) return {};
      return issuesToErrors(
        r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
        t,
      );
    },
  });
  const orderOptions = useOrderOptions(orderSearch, form.values.orderId, t);
  const suggestions = useMemo(
    () => suggestCategories(form.values.text).filter((c) => !form.values.categories.includes(c)),
    [form.values.text, form.values.categories],
  );

  async function save(values: ReviewFormValues) {
    setFormError(undefined);
    try {
      const input = inputFromValues(values);
      const w = initial ? await updateReview(initial.id, input) : await createReview(input);
      onSaved(w, !initial);
    } catch (e) {
      if (e instanceof ValidationError) {
        form.setErrors(issuesToErrors(e.issues, t));
        setFormError(t('form.errors.check'));
      } else if (e instanceof ReviewRefused) {
        setFormError(t(`form.errors.${e.reason === 'order-missing' ? 'order-missing' : 'review-missing'}`));
      } else {
        setFormError(tc('errors.saveFailed', { reason: (e as Error).message }));
      }
    }
  }

  const rating = Number(form.values.rating);
  const bad = form.values.rating !== '' && needsRecovery(rating);
  const templateLang: TemplateLanguage = initial?.customerLanguage ?? (i18n.language === 'tr' ? 'tr' : 'en');

  return (
    <form
      noValidate
      aria-label={initial ? t('form.titleEdit') : t('form.titleNew')}
      onSubmit={form.onSubmit(save)}
    >
      <OrderDatesProvider>
        <Stack gap="md">
          {formError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Select
              label={t('form.rating')}
              withAsterisk
              data={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t('stars', { count: n }) }))}
              allowDeselect={false}
              data-autofocus
              {...form.getInputProps('rating')}
            />
            <DateField label={t('form.date')} withAsterisk {...form.getInputProps('date')} />
            <Select
              label={t('form.channel')}
              data={channels.map((c) => ({ value: c, label: tc(`channel.${c}`) }))}
              allowDeselect={false}
              {...form.getInputProps('channel')}
            />
          </SimpleGrid>
          <TextInput label={t('form.reviewer')} autoComplete="off" {...form.getInputProps('reviewer')} />
          <Textarea
            label={t('form.text')}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('text')}
          />
          <Select
            label={t('form.order')}
            description={t('form.orderHint')}
            placeholder={t('form.orderPlaceholder')}
            data={orderOptions ?? []}
            searchable
            clearable
            filter={({ options }) => options}
            onSearchChange={setOrderSearch}
            nothingFoundMessage="—"
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('orderId')}
          />
          <Stack gap={6}>
            <MultiSelect
              label={t('form.categories')}
              placeholder={t('form.categoriesPlaceholder')}
              data={reviewCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              clearable
              {...form.getInputProps('categories')}
            />
            {suggestions.length > 0 && (
              <Group gap={6} aria-label={t('form.suggested')} role="group">
                <Text size="xs" c="dimmed">
                  {t('form.suggested')}
                </Text>
                {suggestions.map((c) => (
                  <Chip
                    key={c}
                    size="xs"
                    checked={false}
                    variant="outline"
                    aria-label={t('form.suggest', { name: t(`category.${c}`) })}
                    onChange={() => form.setFieldValue('categories', [...form.values.categories, c])}
                  >
                    {t(`category.${c}`)}
                  </Chip>
                ))}
              </Group>
            )}
          </Stack>
          {initial && <CasePanel reviewId={initial.id} />}
          {bad && (
            <ReplyTemplate
              initialLang={templateLang}
              name={initial?.customerName ?? (form.values.reviewer || undefined)}
              categories={form.values.categories}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Textarea
              label={t('form.reply')}
              description={t('form.replyHint')}
              autosize
              minRows={2}
              maxRows={8}
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('reply')}
            />
            <DateField label={t('form.replyDate')} clearable {...form.getInputProps('replyDate')} />
          </SimpleGrid>
          <Group justify="space-between" gap="sm">
            {initial && onDelete ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => onDelete(initial)}
              >
                {t('form.delete')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onCancel}>
                {tc('actions.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {initial ? t('form.save') : t('form.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </OrderDatesProvider>
    </form>
  );
}

/** The reply template for a bad review, with the warning about public replies on Etsy. */
function ReplyTemplate({
  initialLang,
  name,
  categories,
}: {
  initialLang: TemplateLanguage;
  name?: string;
  categories: readonly ReviewCategory[];
}) {
  const { t } = useTranslation('reviews');
  const [lang, setLang] = useState<TemplateLanguage>(initialLang);
  const text = replyTemplate(lang, { name, categories });
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('template.title')}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {t('template.title')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('template.language')}
            value={lang}
            onChange={(v) => setLang(v as TemplateLanguage)}
            data={[
              { value: 'en', label: t('template.en') },
              { value: 'tr', label: t('template.tr') },
            ]}
          />
        </Group>
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} p="xs">
          <Text size="sm">{t('template.warning')}</Text>
        </Alert>
        <Textarea aria-label={t('template.text')} value={text} readOnly autosize minRows={4} maxRows={12} />
        <Group justify="flex-end">
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button
                size="compact-sm"
                variant="light"
                color={copied ? 'teal' : undefined}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? t('template.copied') : t('template.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}

export interface ReviewFormModalProps extends Omit<ReviewFormProps, 'onCancel'> {
  opened: boolean;
  onClose: () => void;
}

export function ReviewFormModal({ opened, onClose, initial, onSaved, onDelete }: ReviewFormModalProps) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation('common');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={initial ? t('form.titleEdit') : t('form.titleNew')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {opened && (
        <ReviewForm
          key={initial?.id ?? 'new'}
          initial={initial}
          onSaved={onSaved}
          onCancel={onClose}
          {...(onDelete ? { onDelete } : {})}
        />
      )}
    </Modal>
  );
}
