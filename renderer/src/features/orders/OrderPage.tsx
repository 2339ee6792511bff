import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  CopyButton,
  DataList,
  EmptyState,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconBan,
  IconCheck,
  IconCopy,
  IconGift,
  IconPackageOff,
  IconPencil,
  IconRestore,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { ReactNode } from 'react';
import type { Customer } from '@shared/domain/customer';
import { itemsSubtotal, nextStatus, previousStatus, workflow, type Order } from '@shared/domain/order';
import { getCustomer } from '@/db/customers';
import { getOrder } from '@/db/orders';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { BackLink } from './BackLink';
import { ShipBy, StatusBadge } from './OrderBadges';
import { OrderForm } from './OrderForm';
import { orderNumber } from './model';
import { notifyWithUndo, useOrderActions } from './useOrderActions';
import { OrderNote } from '@/features/notes/OrderNote';
import classes from './orders.module.css';
import { CopyMessageButtons } from '@/features/reminders/CopyMessageButtons';
import { RemindersSection } from '@/features/reminders/RemindersList';
import { AmountRow } from './AmountRow';
import { OrderSurprise } from '@/features/surprises/OrderSurprise';

/** `/orders/:id`: one order, its workflow buttons, and its edit form (`?edit=1`). */
export default function OrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const data = useLiveQuery(async () => {
    const order = await getOrder(id);
    if (!order) return null;
    return { order, customer: (await getCustomer(order.customerId)) ?? null };
  }, [id]);

  if (data === undefined) return <Loader m="xl" aria-label={t('loading')} />;
  if (data === null) return <NotFound />;
  const { order, customer } = data;

  if (editing) {
    return (
      <Stack gap="lg" maw={1400}>
        <Stack gap={4}>
          <BackLink />
          <Title order={2}>{t('editTitle', { number: orderNumber(order) })}</Title>
        </Stack>
        <OrderForm
          key={order.id}
          order={order}
          onSaved={(saved) => {
            notifyWithUndo(order, saved, t('notify.updated', { number: orderNumber(saved) }), t, tc);
            setParams({}, { replace: true });
          }}
          onCancel={() => setParams({}, { replace: true })}
        />
      </Stack>
    );
  }
  return <OrderDetails order={order} customer={customer} onEdit={() => setParams({ edit: '1' })} />;
}

function NotFound() {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  return (
    <EmptyState
      mt="xl"
      icon={<IconPackageOff size={32} aria-hidden />}
      variant="light"
      color="gray"
      title={t('detail.notFoundTitle')}
      description={t('detail.notFoundBody')}
    >
      <EmptyState.Actions>
        <Button onClick={() => navigate('/orders')}>{t('backToOrders')}</Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

function OrderDetails({
  order,
  customer,
  onEdit,
}: {
  order: Order;
  customer: Customer | null;
  onEdit: () => void;
}) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const actions = useOrderActions();
  const number = orderNumber(order);
  const next = nextStatus(order.status);
  const prev = previousStatus(order.status);
  const cancelled = order.status === 'cancelled';
  const money = (m: number) => f.money(m, order.currency);
  const customerName = customer?.name ?? t('detail.unknownCustomer');
  const step = (workflow as readonly string[]).indexOf(order.status);

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={4}>
          <BackLink />
          <Group gap="sm">
            <Title order={2}>{t('orderTitle', { number })}</Title>
            <StatusBadge status={order.status} size="lg" />
          </Group>
          <Text c="dimmed" size="sm">
            {[tc(`channel.${order.channel}`), f.date(order.orderedDate), customerName].join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
            {tc('actions.edit')}
          </Button>
          {!cancelled && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconBan size={16} aria-hidden />}
              onClick={() => actions.cancel(order, customerName)}
            >
              {t('cancelOrder')}
            </Button>
          )}
          {prev && (
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              onClick={() => void actions.back(order)}
            >
              {t('back', { status: tc(`status.${prev}`) })}
            </Button>
          )}
          {next && (
            <Button
              rightSection={<IconArrowRight size={16} aria-hidden />}
              onClick={() => void actions.advance(order)}
            >
              {t(`next.${order.status}`)}
            </Button>
          )}
          {cancelled && (
            <Button
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => void actions.restore(order)}
            >
              {t('restoreOrder')}
            </Button>
          )}
        </Group>
      </Group>

      {cancelled ? (
        <Alert color="gray" icon={<IconBan size={18} />}>
          {t('detail.cancelledNote')}
        </Alert>
      ) : (
        <Paper withBorder p="md" radius="md" component="section" aria-label={t('detail.progress')}>
          <ol className={classes.progress}>
            {workflow.map((s, i) => {
              const state = i < step ? 'done' : i === step ? 'current' : 'todo';
              return (
                <li
                  key={s}
                  className={classes.step}
                  data-state={state}
                  aria-current={state === 'current' ? 'step' : undefined}
                >
                  <span className={classes.dot} aria-hidden>
                    {state === 'done' ? <IconCheck size={14} /> : i + 1}
                  </span>
                  <span>{tc(`status.${s}`)}</span>
                </li>
              );
            })}
          </ol>
        </Paper>
      )}

      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="order-items-title">
              <Title order={3} size="h5" mb="sm" id="order-items-title">
                {t('detail.items')}
              </Title>
              <Table verticalSpacing="sm" aria-labelledby="order-items-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('detail.item')}</Table.Th>
                    <Table.Th ta="right">{t('detail.quantity')}</Table.Th>
                    <Table.Th ta="right">{t('detail.unitPrice')}</Table.Th>
                    <Table.Th ta="right">{t('detail.lineTotal')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {order.items.map((it, i) => {
                    const details = [it.variant, it.material, it.colour].filter(Boolean).join(' · ');
                    return (
                      <Table.Tr key={i}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {it.title}
                          </Text>
                          {details && (
                            <Text size="xs" c="dimmed">
                              {details}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{it.quantity}</Table.Td>
                        <Table.Td ta="right">{money(it.unitPrice)}</Table.Td>
                        <Table.Td ta="right">{money(it.quantity * it.unitPrice)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              <Stack gap={6} mt="md" ml="auto" maw={320}>
                <AmountRow label={t('detail.subtotal')} value={money(itemsSubtotal(order.items))} />
                <AmountRow label={t('detail.shipping')} value={money(order.shipping)} />
                {order.discount > 0 && (
                  <AmountRow label={t('detail.discount')} value={`−${money(order.discount)}`} />
                )}
                {order.tax > 0 && <AmountRow label={t('detail.tax')} value={money(order.tax)} />}
                <Group
                  justify="space-between"
                  pt={6}
                  style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                >
                  <Text fw={600}>{t('detail.total')}</Text>
                  <Text fw={700} size="lg" data-testid="order-total">
                    {money(order.total)}
                  </Text>
                </Group>
              </Stack>
            </Paper>

            {(order.giftMessage || order.notes || order.couponCodes.length > 0) && (
              <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="order-more-title">
                <Title order={3} size="h5" mb="sm" id="order-more-title">
                  {t('detail.details')}
                </Title>
                <Stack gap="md">
                  {order.couponCodes.length > 0 && (
                    <div>
                      <Text size="sm" c="dimmed" mb={4}>
                        {t('detail.coupons')}
                      </Text>
                      <Group gap={6}>
                        {order.couponCodes.map((c) => (
                          <Badge key={c} variant="outline" color="gray" style={{ textTransform: 'none' }}>
                            {c}
                          </Badge>
                        ))}
                      </Group>
                    </div>
                  )}
                  {order.giftMessage && (
                    <div>
                      <Group gap={6} mb={4}>
                        <IconGift size={16} aria-hidden color="var(--mantine-color-grape-filled)" />
                        <Text size="sm" c="dimmed">
                          {t('detail.giftMessage')}
                        </Text>
                      </Group>
                      <Box
                        p="sm"
                        pl="md"
                        bg="var(--mantine-color-grape-light)"
                        style={{ borderLeft: '3px solid var(--mantine-color-grape-filled)', borderRadius: 4 }}
                      >
                        <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                          {order.giftMessage}
                        </Text>
                      </Box>
                    </div>
                  )}
                  {order.notes && (
                    <div>
                      <Text size="sm" c="dimmed" mb={4}>
                        {t('detail.notes')}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {order.notes}
                      </Text>
                    </div>
                  )}
                </Stack>
              </Paper>
            )}

            {!cancelled && <OrderNote orderId={order.id} />}
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="order-customer-title">
              <Title order={3} size="h5" mb="sm" id="order-customer-title">
                {t('detail.customer')}
              </Title>
              {customer ? (
                <Stack gap={4}>
                  <Anchor component={Link} to={`/customers/${customer.id}`} fw={600}>
                    {customer.name}
                  </Anchor>
                  {customer.email && (
                    <Text size="sm" c="dimmed">
                      {customer.email}
                    </Text>
                  )}
                  {(customer.address.city || customer.address.country) && (
                    <Text size="sm" c="dimmed">
                      {[customer.address.city, customer.address.country].filter(Boolean).join(', ')}
                    </Text>
                  )}
                  <Text size="sm">{t('detail.customerOrders', { count: customer.stats.orderCount })}</Text>
                </Stack>
              ) : (
                <Text c="dimmed">{t('detail.unknownCustomer')}</Text>
              )}
            </Paper>

            {!cancelled && <OrderSurprise orderId={order.id} />}

            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="order-dates-title">
              <Title order={3} size="h5" mb="sm" id="order-dates-title">
                {t('detail.dates')}
              </Title>
              <DataList labelWidth={130}>
                <DataRow label={t('detail.ordered')}>{f.date(order.orderedDate)}</DataRow>
                <DataRow label={t('detail.shipBy')}>
                  {order.shipBy ? <ShipBy order={order} today={today()} /> : t('detail.notSet')}
                </DataRow>
                <DataRow label={t('detail.shipped')}>
                  {f.date(order.shippedDate) || t('detail.notSet')}
                </DataRow>
                <DataRow label={t('detail.delivered')}>
                  {f.date(order.deliveredDate) || t('detail.notSet')}
                </DataRow>
                <DataRow label={t('detail.tracking')}>
                  {order.trackingNumber ? (
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {order.trackingNumber}
                      </Text>
                      <CopyButton value={order.trackingNumber}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? t('detail.copied') : t('detail.copyTracking')}>
                            <ActionIcon
                              variant="subtle"
                              color={copied ? 'teal' : 'gray'}
                              size="sm"
                              onClick={copy}
                              aria-label={t('detail.copyTracking')}
                            >
                              {copied ? (
                                <IconCheck size={14} aria-hidden />
                              ) : (
                                <IconCopy size={14} aria-hidden />
                              )}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    </Group>
                  ) : (
                    t('detail.notSet')
                  )}
                </DataRow>
              </DataList>
            </Paper>

            <CopyMessageButtons orderId={order.id} />
            <RemindersSection orderId={order.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      {actions.dialog}
    </Stack>
  );
}

function DataRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
