import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Divider,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  channels,
  computeTotals,
  datesForStatus,
  orderInputSchema,
  orderStatuses,
  type Channel,
  type Order,
  type OrderInput,
  type OrderStatus,
} from '@shared/domain/order';
import { minorToInput, parseMoneyInput } from '@shared/format';
import { ValidationError, type FieldIssue } from '@shared/validation';
import { createOrder, updateOrder } from '@/db/orders';
import { today } from '@/app/clock';
import { modKey } from '@/app/shortcuts';
import { useFormat } from '@/app/useFormat';
import { CustomerFormModal } from '@/features/customers/CustomerForm';
import { CustomerPicker } from './CustomerPicker';
import { DateField, OrderDatesProvider } from './DateField';
import { currencies, issuesToFieldErrors, orderNumber } from './model';
import { AmountRow } from './AmountRow';

interface ItemValues {
  key: string;
  title: string;
  variant: string;
  material: string;
  colour: string;
  quantity: number | string;
  /** As typed ("12,50"); read with parseMoneyInput into minor units. */
  unitPrice: string;
  sku?: string;
}

export interface OrderFormValues {
  customerId: string | null;
  channel: Channel;
  externalId: string;
  orderedDate: string | null;
  shipBy: string | null;
  currency: string;
  items: ItemValues[];
  shipping: string;
  discount: string;
  tax: string;
  couponCodes: string[];
  giftMessage: string;
  trackingNumber: string;
  notes: string;
  status: OrderStatus;
  shippedDate: string | null;
  deliveredDate: string | null;
}

const LAST_CHANNEL = 'tezgah.orders.lastChannel';
const LAST_CURRENCY = 'tezgah.orders.lastCurrency';
const FORM_NAME = 'order-form';

function remembered<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const v = localStorage.getItem(key);
  return v && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

let itemKeys = 0;
const newKey = () => `item-${++itemKeys}`;

function emptyItem(): ItemValues {
  return { key: newKey(), title: '', variant: '', material: '', colour: '', quantity: 1, unitPrice: '' };
}

/** An amount in the form's text style: "12.50", or "12,50" in Turkish. */
function amountText(minor: number | undefined, currency: string, lang: string): string {
  if (minor === undefined) return '';
  const s = minorToInput(minor, currency);
  return lang === 'tr' ? s.replace('.', ',') : s;
}

function valuesFromOrder(
  o: Order | undefined,
  customerId: string | undefined,
  lang: string,
): OrderFormValues {
  const currency = o?.currency ?? remembered(LAST_CURRENCY, currencies, 'USD');
  const amount = (m: number | undefined) => (m ? amountText(m, currency, lang) : '');
  return {
    customerId: o?.customerId ?? customerId ?? null,
    channel: o?.channel ?? remembered(LAST_CHANNEL, channels, 'etsy'),
    externalId: o?.externalId ?? '',
    orderedDate: o?.orderedDate ?? today(),
    shipBy: o?.shipBy ?? null,
    currency,
    items: o
      ? o.items.map((it) => ({
          key: newKey(),
          title: it.title,
          variant: it.variant ?? '',
          material: it.material ?? '',
          colour: it.colour ?? '',
          quantity: it.quantity,
          unitPrice: amountText(it.unitPrice, currency, lang),
          sku: it.sku,
        }))
      : [emptyItem()],
    shipping: amount(o?.shipping),
    discount: amount(o?.discount),
    tax: amount(o?.tax),
    couponCodes: o?.couponCodes ?? [],
    giftMessage: o?.giftMessage ?? '',
    trackingNumber: o?.trackingNumber ?? '',
    notes: o?.notes ?? '',
    status: o?.status ?? 'new',
    shippedDate: o?.shippedDate ?? null,
    deliveredDate: o?.deliveredDate ?? null,
  };
}

const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());

function quantityOf(q: number | string): number {
  if (typeof q === 'number') return q;
  return q.trim() === '' ? Number.NaN : Number(q);
}

/** Reads the typed amounts; unreadable ones become client-side errors (nothing is sent for them). */
function readAmounts(v: OrderFormValues) {
  const errors: Record<string, 'price' | 'amount'> = {};
  const prices = v.items.map((it, i) => {
    const minor = it.unitPrice.trim() === '' ? undefined : parseMoneyInput(it.unitPrice, v.currency);
    if (minor === undefined) errors[`items.${i}.unitPrice`] = 'price';
    return minor;
  });
  const extra = (field: 'shipping' | 'discount' | 'tax') => {
    if (v[field].trim() === '') return 0;
    const minor = parseMoneyInput(v[field], v.currency);
    if (minor === undefined) errors[field] = 'amount';
    return minor;
  };
  return { prices, shipping: extra('shipping'), discount: extra('discount'), tax: extra('tax'), errors };
}

function inputFromValues(
  v: OrderFormValues,
  amounts: ReturnType<typeof readAmounts>,
  initial?: Order,
): OrderInput {
  const editing = initial !== undefined;
  const statusChanged = editing && v.status !== initial.status;
  const dates = { shippedDate: v.shippedDate ?? undefined, deliveredDate: v.deliveredDate ?? undefined };
  return {
    customerId: v.customerId ?? '',
    channel: v.channel,
    externalId: blank(v.externalId),
    items: v.items.map((it, i) => ({
      title: it.title,
      variant: blank(it.variant),
      material: blank(it.material),
      colour: blank(it.colour),
      quantity: quantityOf(it.quantity),
      unitPrice: amounts.prices[i] ?? 0,
      ...(it.sku ? { sku: it.sku } : {}),
    })),
    currency: v.currency,
    shipping: amounts.shipping ?? 0,
    discount: amounts.discount ?? 0,
    tax: amounts.tax ?? 0,
    couponCodes: v.couponCodes.map((c) => c.trim()).filter(Boolean),
    giftMessage: blank(v.giftMessage),
    orderedDate: v.orderedDate ?? '',
    shipBy: v.shipBy ?? undefined,
    trackingNumber: blank(v.trackingNumber),
    notes: blank(v.notes),
    status: editing ? v.status : 'new',
    // A status moved on in the form stamps the shipped/delivered date, as the workflow buttons do.
    ...(editing ? (statusChanged ? datesForStatus(dates, v.status, today()) : dates) : {}),
    // Editing a sample order keeps it removable with the rest of the sample shop.
    ...(initial?.sample ? { sample: 1 as const } : {}),
  };
}

export interface OrderFormProps {
  /** The order being edited; a new order is created when absent. */
  order?: Order;
  /** Preselects the customer of a new order (`/orders/new?customer=<id>`). */
  initialCustomerId?: string;
  onSaved: (order: Order) => void;
  onCancel: () => void;
}

/** Add or edit an order. Totals follow every keystroke; nothing is written until everything is valid. */
export function OrderForm({ order, initialCustomerId, onSaved, onCancel }: OrderFormProps) {
  const { t, i18n } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const fmt = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [creatingCustomer, setCreatingCustomer] = useState<string | null>(null);
  const form = useForm<OrderFormValues>({
    name: FORM_NAME,
    // Uncontrolled: a keystroke re-renders only what shows that value (line total, summary), not the form.
    mode: 'uncontrolled',
    initialValues: valuesFromOrder(order, initialCustomerId, i18n.language),
  });
  const currency = form.useWatchValue('currency');
  const customerId = form.useWatchValue('customerId');
  // Rows re-render on add/remove (list changes re-key the form), not on each keystroke.
  const items = form.getValues().items;

  useHotkeys([['mod+S', () => formRef.current?.requestSubmit()]], []);

  // A new order starts at the customer, or at the first item when the customer came with the link.
  useEffect(() => {
    if (order) return;
    const start = initialCustomerId ? 'items.0.title' : 'customerId';
    document.querySelector<HTMLElement>(`[data-path="${FORM_NAME}-${start}"]`)?.focus();
  }, [order, initialCustomerId]);

  const currencySymbol = useMemo(() => symbolOf(currency, fmt.locale), [currency, fmt.locale]);

  function showErrors(fields: Record<string, string>, whole?: string) {
    form.setErrors(fields);
    setFormError(whole ?? t('form.fixErrors'));
    // Once rendered, focus the first field that needs a look, in the order of the form.
    setTimeout(() => {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      const path = Object.keys(fields)[0];
      (first ?? (path ? form.getInputNode(path) : null))?.focus();
    });
  }

  function messages(issues: readonly FieldIssue[]) {
    const { externalId, channel } = form.getValues();
    return issuesToFieldErrors(issues, t, {
      externalId: blank(externalId),
      channelName: tc(`channel.${channel}`),
    });
  }

  async function save(values: OrderFormValues) {
    setFormError(undefined);
    const amounts = readAmounts(values);
    const input = inputFromValues(values, amounts, order);
    const clientErrors = Object.fromEntries(
      Object.entries(amounts.errors).map(([path, kind]) => [path, t(`errors.${kind}`)]),
    );
    if (Object.keys(clientErrors).length > 0) {
      // Show everything that is wrong at once: the unreadable amounts and what the schema says.
      const r = orderInputSchema.safeParse(input);
      const schema = r.success
        ? {}
        : messages(r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })))
            .fields;
      showErrors({ ...schema, ...clientErrors });
      return;
    }
    setSaving(true);
    try {
      const saved = order ? await updateOrder(order.id, input) : await createOrder(input);
      if (!order) {
        localStorage.setItem(LAST_CHANNEL, values.channel);
        localStorage.setItem(LAST_CURRENCY, values.currency);
      }
      onSaved(saved);
    } catch (e) {
      if (e instanceof ValidationError) {
        const { fields, form: whole } = messages(e.issues);
        showErrors(fields, whole);
      } else {
        setFormError(tc('errors.saveFailed', { reason: (e as Error).message }));
      }
    } finally {
      setSaving(false);
    }
  }

  const itemsError = form.errors.items;
  const paper = { withBorder: true, p: 'lg', radius: 'md' } as const;
  const sectionTitle = (text: string) => (
    <Title order={3} size="h5" mb="md">
      {text}
    </Title>
  );

  const moneyField = (path: string, label: string) => (
    <TextInput
      label={label}
      inputMode="decimal"
      autoComplete="off"
      leftSection={<Text size="sm">{currencySymbol}</Text>}
      placeholder={amountText(0, currency, i18n.language)}
      key={form.key(path)}
      {...form.getInputProps(path)}
      onBlur={() => normalizeAmount(path)}
    />
  );

  function normalizeAmount(path: string) {
    const text = String(pathValue(form.getValues(), path) ?? '');
    if (text.trim() === '') return;
    const minor = parseMoneyInput(text, currency);
    if (minor !== undefined) form.setFieldValue(path, amountText(minor, currency, i18n.language));
  }

  return (
    <OrderDatesProvider>
      <form
        ref={formRef}
        name={FORM_NAME}
        noValidate
        aria-label={order ? t('editTitle', { number: orderNumber(order) }) : t('newTitle')}
        onSubmit={(e) => form.onSubmit(save)(e)}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              {formError && (
                <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                  {formError}
                </Alert>
              )}

              <Paper {...paper} component="section" aria-label={t('form.sectionOrder')}>
                {sectionTitle(t('form.sectionOrder'))}
                <Stack gap="md">
                  <CustomerPicker
                    value={customerId}
                    onChange={(id) => form.setFieldValue('customerId', id)}
                    onCreate={(typed) => setCreatingCustomer(typed)}
                    error={form.errors.customerId}
                    inputProps={{ 'data-path': `${FORM_NAME}-customerId` }}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="md">
                    <Select
                      label={t('form.channel')}
                      data={channels.map((c) => ({ value: c, label: tc(`channel.${c}`) }))}
                      allowDeselect={false}
                      key={form.key('channel')}
                      {...form.getInputProps('channel')}
                    />
                    <TextInput
                      label={t('form.externalId')}
                      placeholder={t('form.externalIdHint')}
                      autoComplete="off"
                      key={form.key('externalId')}
                      {...form.getInputProps('externalId')}
                    />
                    <DateField
                      label={t('form.orderedDate')}
                      withAsterisk
                      key={form.key('orderedDate')}
                      {...form.getInputProps('orderedDate')}
                    />
                    <DateField
                      label={t('form.shipBy')}
                      clearable
                      key={form.key('shipBy')}
                      {...form.getInputProps('shipBy')}
                    />
                  </SimpleGrid>
                </Stack>
              </Paper>

              <Paper {...paper} component="section" aria-label={t('form.sectionItems')}>
                {sectionTitle(t('form.sectionItems'))}
                <Box className="order-items" style={gridRow}>
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase" aria-hidden>
                    {t('form.itemTitle')}
                  </Text>
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase" aria-hidden>
                    {t('form.quantity')}
                  </Text>
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase" aria-hidden>
                    {t('form.unitPrice')}
                  </Text>
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase" ta="right" aria-hidden>
                    {t('form.lineTotal')}
                  </Text>
                  <span />
                </Box>
                <Stack gap={0}>
                  {items.map((it, i) => {
                    const n = i + 1;
                    const label = (field: string) => t('form.itemLabel', { n, field });
                    return (
                      <Box
                        key={it.key}
                        py="sm"
                        style={{
                          borderTop: i > 0 ? '1px solid var(--mantine-color-default-border)' : undefined,
                        }}
                      >
                        <Box style={gridRow}>
                          <TextInput
                            aria-label={label(t('form.itemName'))}
                            placeholder={t('form.itemTitlePlaceholder')}
                            autoComplete="off"
                            key={form.key(`items.${i}.title`)}
                            {...form.getInputProps(`items.${i}.title`)}
                          />
                          <NumberInput
                            aria-label={label(t('form.quantity'))}
                            min={1}
                            max={10_000}
                            clampBehavior="none"
                            allowDecimal={false}
                            allowNegative={false}
                            key={form.key(`items.${i}.quantity`)}
                            {...form.getInputProps(`items.${i}.quantity`)}
                          />
                          <TextInput
                            aria-label={label(t('form.unitPrice'))}
                            inputMode="decimal"
                            autoComplete="off"
                            leftSection={<Text size="sm">{currencySymbol}</Text>}
                            placeholder={amountText(0, currency, i18n.language)}
                            key={form.key(`items.${i}.unitPrice`)}
                            {...form.getInputProps(`items.${i}.unitPrice`)}
                            onBlur={() => normalizeAmount(`items.${i}.unitPrice`)}
                          />
                          <LineTotal form={form} index={i} label={label(t('form.lineTotal'))} />
                          <Tooltip label={t('form.removeItem', { n })} disabled={items.length === 1}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              size="lg"
                              aria-label={t('form.removeItem', { n })}
                              disabled={items.length === 1}
                              onClick={() => form.removeListItem('items', i)}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Box>
                        <SimpleGrid cols={3} spacing="xs" mt={6} mr={44}>
                          <TextInput
                            size="xs"
                            aria-label={label(t('form.variant'))}
                            placeholder={`${t('form.variant')}: ${t('form.variantPlaceholder')}`}
                            autoComplete="off"
                            key={form.key(`items.${i}.variant`)}
                            {...form.getInputProps(`items.${i}.variant`)}
                          />
                          <TextInput
                            size="xs"
                            aria-label={label(t('form.material'))}
                            placeholder={`${t('form.material')}: ${t('form.materialPlaceholder')}`}
                            autoComplete="off"
                            key={form.key(`items.${i}.material`)}
                            {...form.getInputProps(`items.${i}.material`)}
                          />
                          <TextInput
                            size="xs"
                            aria-label={label(t('form.colour'))}
                            placeholder={`${t('form.colour')}: ${t('form.colourPlaceholder')}`}
                            autoComplete="off"
                            key={form.key(`items.${i}.colour`)}
                            {...form.getInputProps(`items.${i}.colour`)}
                          />
                        </SimpleGrid>
                      </Box>
                    );
                  })}
                </Stack>
                {itemsError && (
                  <Text c="red" size="sm" role="alert" data-path={`${FORM_NAME}-items`}>
                    {itemsError}
                  </Text>
                )}
                <Button
                  mt="sm"
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => {
                    form.insertListItem('items', emptyItem());
                    // Straight to the new row's title.
                    setTimeout(() => form.getInputNode(`items.${items.length}.title`)?.focus());
                  }}
                >
                  {t('form.addItem')}
                </Button>
              </Paper>

              <Paper {...paper} component="section" aria-label={t('form.sectionMore')}>
                {sectionTitle(t('form.sectionMore'))}
                <Stack gap="md">
                  {order && (
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                      <Select
                        label={t('form.status')}
                        data={orderStatuses.map((s) => ({ value: s, label: tc(`status.${s}`) }))}
                        allowDeselect={false}
                        key={form.key('status')}
                        {...form.getInputProps('status')}
                      />
                      <DateField
                        label={t('form.shippedDate')}
                        clearable
                        key={form.key('shippedDate')}
                        {...form.getInputProps('shippedDate')}
                      />
                      <DateField
                        label={t('form.deliveredDate')}
                        clearable
                        key={form.key('deliveredDate')}
                        {...form.getInputProps('deliveredDate')}
                      />
                    </SimpleGrid>
                  )}
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                    <TagsInput
                      label={t('form.coupons')}
                      placeholder={t('form.couponsPlaceholder')}
                      splitChars={[',', ' ']}
                      clearable
                      key={form.key('couponCodes')}
                      {...form.getInputProps('couponCodes')}
                    />
                    <TextInput
                      label={t('form.trackingNumber')}
                      autoComplete="off"
                      key={form.key('trackingNumber')}
                      {...form.getInputProps('trackingNumber')}
                    />
                  </SimpleGrid>
                  <Textarea
                    label={t('form.giftMessage')}
                    autosize
                    minRows={2}
                    maxRows={6}
                    key={form.key('giftMessage')}
                    {...form.getInputProps('giftMessage')}
                  />
                  <Textarea
                    label={t('form.notes')}
                    placeholder={t('form.notesPlaceholder')}
                    autosize
                    minRows={2}
                    maxRows={10}
                    key={form.key('notes')}
                    {...form.getInputProps('notes')}
                  />
                </Stack>
              </Paper>
            </Stack>
          </Grid.Col>

          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper
              {...paper}
              component="section"
              aria-label={t('form.sectionSummary')}
              style={{ position: 'sticky', top: 72 }}
            >
              {sectionTitle(t('form.sectionSummary'))}
              <Stack gap="sm">
                <Select
                  label={t('form.currency')}
                  data={currencyOptions(fmt.locale, currency)}
                  searchable
                  allowDeselect={false}
                  key={form.key('currency')}
                  {...form.getInputProps('currency')}
                />
                {moneyField('shipping', t('form.shipping'))}
                {moneyField('discount', t('form.discount'))}
                {moneyField('tax', t('form.tax'))}
                <Totals form={form} />
                <Button type="submit" size="md" mt="sm" loading={saving} fullWidth>
                  {t('form.save')}
                </Button>
                <Button variant="default" onClick={onCancel} fullWidth>
                  {t('form.cancel')}
                </Button>
                <Text size="xs" c="dimmed" ta="center">
                  {t('form.saveShortcut', { key: modKey })}
                </Text>
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      </form>
      {/* Outside the order's <form>: the customer form's submit must not bubble into it. */}
      <CustomerFormModal
        opened={creatingCustomer !== null}
        onClose={() => setCreatingCustomer(null)}
        defaults={{ name: creatingCustomer ?? '' }}
        onSaved={(c) => {
          form.setFieldValue('customerId', c.id);
          setCreatingCustomer(null);
        }}
      />
    </OrderDatesProvider>
  );
}

const gridRow = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr) 104px 136px 110px 36px',
  gap: 'var(--mantine-spacing-xs)',
  alignItems: 'start',
} as const;

type Form = UseFormReturnType<OrderFormValues>;

const typedAmount = (s: string, currency: string) =>
  s.trim() === '' ? 0 : (parseMoneyInput(s, currency) ?? 0);

/** One row's quantity × unit price, following the row's own fields only. */
function LineTotal({ form, index, label }: { form: Form; index: number; label: string }) {
  const fmt = useFormat();
  const currency = form.useWatchValue('currency');
  const item = form.useWatchValue(`items.${index}`) as ItemValues | undefined;
  const q = item ? quantityOf(item.quantity) : 0;
  const price = item ? typedAmount(item.unitPrice, currency) : 0;
  return (
    <Text ta="right" fw={500} pt={6} aria-label={label} data-testid={`line-total-${index}`}>
      {fmt.money((Number.isFinite(q) ? q : 0) * price, currency)}
    </Text>
  );
}

/** The order's totals as typed so far, computed like the repository will. */
function Totals({ form }: { form: Form }) {
  const { t } = useTranslation('orders');
  const fmt = useFormat();
  const currency = form.useWatchValue('currency');
  const items = form.useWatchValue('items');
  const shipping = form.useWatchValue('shipping');
  const discount = form.useWatchValue('discount');
  const tax = form.useWatchValue('tax');
  const totals = computeTotals({
    currency,
    items: items.map((it) => {
      const q = quantityOf(it.quantity);
      return { quantity: Number.isFinite(q) ? q : 0, unitPrice: typedAmount(it.unitPrice, currency) };
    }),
    shipping: typedAmount(shipping, currency),
    discount: typedAmount(discount, currency),
    tax: typedAmount(tax, currency),
  });
  return (
    <>
      <Divider my="xs" />
      <AmountRow label={t('form.subtotal')} value={fmt.money(totals.items, currency)} />
      <AmountRow label={t('form.shipping')} value={fmt.money(totals.shipping, currency)} />
      {totals.discount > 0 && (
        <AmountRow label={t('form.discount')} value={`−${fmt.money(totals.discount, currency)}`} />
      )}
      {totals.tax > 0 && <AmountRow label={t('form.tax')} value={fmt.money(totals.tax, currency)} />}
      <Group justify="space-between" mt="xs">
        <Text fw={600} size="lg">
          {t('form.total')}
        </Text>
        <Text fw={700} size="xl" data-testid="order-total" aria-live="polite">
          {fmt.money(totals.total, currency)}
        </Text>
      </Group>
    </>
  );
}

function pathValue(values: OrderFormValues, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((acc, k) => (acc as Record<string, unknown> | undefined)?.[k], values);
}

function symbolOf(currency: string, locale: string): string {
  try {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

function currencyOptions(locale: string, current: string) {
  const names = (() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'currency' });
    } catch {
      return undefined;
    }
  })();
  const codes = currencies.includes(current) ? currencies : [current, ...currencies];
  return codes.map((c) => ({ value: c, label: `${c} · ${names?.of(c) ?? c}` }));
}
