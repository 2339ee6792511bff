import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Anchor,
  Avatar,
  Badge,
  Button,
  CopyButton,
  DataList,
  EmptyState,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconCheck,
  IconCopy,
  IconPencil,
  IconPlus,
  IconTrash,
  IconUserQuestion,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isRepeatBuyer, type Customer } from '@shared/domain/customer';
import type { Order, OrderStatus } from '@shared/domain/order';
import { deleteCustomer, getCustomer, statsFromOrders } from '@/db/customers';
import { ordersOfCustomer } from '@/db/orders';
import { useFormat } from '@/app/useFormat';
import { CustomerFormModal } from './CustomerForm';
import { RemindersSection } from '@/features/reminders/RemindersList';
import { CustomerSurprises } from '@/features/surprises/CustomerSurprises';
import classes from './customers.module.css';

export const statusColor: Record<OrderStatus, string> = {
  new: 'blue',
  printing: 'violet',
  ready: 'orange',
  shipped: 'cyan',
  delivered: 'teal',
  cancelled: 'gray',
};

/** Sum of non-cancelled order totals per currency, largest first (a shop may sell in USD and TRY). */
export function lifetimeValue(orders: readonly Pick<Order, 'status' | 'currency' | 'total'>[]) {
  const sums = new Map<string, number>();
  for (const o of orders) {
    if (o.status === 'cancelled') continue;
    sums.set(o.currency, (sums.get(o.currency) ?? 0) + o.total);
  }
  return [...sums].map(([currency, minor]) => ({ currency, minor })).sort((a, b) => b.minor - a.minor);
}

export default function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('customers');
  // `null` once we know there is no such customer; `undefined` while reading.
  const customer = useLiveQuery(async () => (await getCustomer(id)) ?? null, [id]);
  const orders = useLiveQuery(() => ordersOfCustomer(id), [id]);

  if (customer === undefined) return null;
  if (customer === null) {
    return (
      <EmptyState
        mt={80}
        icon={<IconUserQuestion size={30} />}
        withIndicatorBackground
        title={t('page.notFoundTitle')}
        description={t('page.notFoundBody')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/customers" leftSection={<IconArrowLeft size={16} />}>
            {t('page.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return <CustomerDetails customer={customer} orders={orders} />;
}

function CustomerDetails({ customer: c, orders }: { customer: Customer; orders: Order[] | undefined }) {
  const { t } = useTranslation('customers');
  const { t: tc } = useTranslation('common');
  const { date, money } = useFormat();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  const stats = orders ? statsFromOrders(orders) : c.stats;
  const cancelled = orders?.filter((o) => o.status === 'cancelled').length ?? 0;
  const lifetime = lifetimeValue(orders ?? []);

  async function remove(expected: number) {
    try {
      // Orders added in another window since the dialog opened would go too: ask again instead.
      const now = (await ordersOfCustomer(c.id)).length;
      if (now !== expected) {
        confirmDelete(now);
        return;
      }
      const r = await deleteCustomer(c.id, expected > 0 ? 'with-orders' : 'refuse');
      navigate('/customers');
      notifications.show({
        color: 'teal',
        message:
          r.deletedOrders > 0
            ? t('delete.doneWithOrders', { name: c.name, count: r.deletedOrders })
            : t('delete.done', { name: c.name }),
      });
    } catch (e) {
      notifications.show({
        color: 'red',
        title: tc('errors.title'),
        message: t('delete.failed', { reason: (e as Error).message }),
      });
    }
  }

  function confirmDelete(count = orders?.length ?? 0) {
    modals.openConfirmModal({
      title: t('delete.title', { name: c.name }),
      centered: true,
      children: (
        <Text size="sm">
          {count > 0
            ? t('delete.bodyWithOrders', { name: c.name, count })
            : t('delete.body', { name: c.name })}
        </Text>
      ),
      labels: {
        confirm: count > 0 ? t('delete.confirmWithOrders', { count }) : t('delete.confirm'),
        cancel: tc('actions.cancel'),
      },
      confirmProps: { color: 'red', leftSection: <IconTrash size={16} /> },
      onConfirm: () => void remove(count),
    });
  }

  function saved(updated: Customer) {
    setEditing(false);
    notifications.show({ color: 'teal', message: t('saved.updated', { name: updated.name }) });
  }

  return (
    <Stack gap="lg" maw={1280}>
      <Anchor component={Link} to="/customers" size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('page.back')}
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" miw={0}>
          <Avatar name={c.name} color="initials" size={56} radius="xl" aria-hidden />
          <Stack gap={2} miw={0}>
            <Group gap="sm">
              <Title order={2}>{c.name}</Title>
              {isRepeatBuyer(c) && (
                <Tooltip label={t('repeatBuyerHint', { count: stats.orderCount })}>
                  <Badge variant="light" color="grape">
                    {t('repeatBuyer')}
                  </Badge>
                </Tooltip>
              )}
            </Group>
            <Text c="dimmed" size="sm">
              {t('page.since', { date: date(c.createdDate) })}
            </Text>
          </Stack>
        </Group>
        <Group gap="sm">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => navigate(`/orders/new?customer=${c.id}`)}
          >
            {t('page.newOrder')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            {t('page.edit')}
          </Button>
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => confirmDelete()}
            disabled={orders === undefined}
          >
            {t('page.delete')}
          </Button>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" role="group" aria-label={t('page.stats.label')}>
        <Stat
          label={t('page.stats.orders')}
          hint={cancelled > 0 ? t('page.stats.cancelled', { count: cancelled }) : undefined}
        >
          {stats.orderCount}
        </Stat>
        <Stat label={t('page.stats.lifetime')} hint={t('page.stats.lifetimeHint')}>
          {lifetime.length === 0
            ? t('page.stats.none')
            : lifetime.map((v) => <div key={v.currency}>{money(v.minor, v.currency)}</div>)}
        </Stat>
        <Stat label={t('page.stats.firstOrder')}>
          {stats.firstOrderDate ? date(stats.firstOrderDate) : t('page.stats.none')}
        </Stat>
        <Stat label={t('page.stats.lastOrder')}>
          {stats.lastOrderDate ? date(stats.lastOrderDate) : t('page.stats.none')}
        </Stat>
      </SimpleGrid>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <CustomerOrders customer={c} orders={orders} />
            <RemindersSection customerId={c.id} />
            <CustomerSurprises customerId={c.id} />
            <Card title={t('page.notes')}>
              {c.notes ? (
                <Text size="sm" className={classes.preWrap}>
                  {c.notes}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('page.noNotes')}
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 1 }} spacing="md" verticalSpacing="md">
            <ContactCard customer={c} />
            <AddressCard customer={c} />
            <PreferencesCard customer={c} />
            <Card title={t('page.tags')}>
              {c.tags.length > 0 ? (
                <Group gap={6}>
                  {c.tags.map((tag) => (
                    <Badge key={tag} variant="default" radius="sm" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('page.noTags')}
                </Text>
              )}
            </Card>
          </SimpleGrid>
        </Grid.Col>
      </Grid>

      <CustomerFormModal opened={editing} onClose={() => setEditing(false)} initial={c} onSaved={saved} />
    </Stack>
  );
}

function Stat({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={24} fw={600} lh={1.3} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }} component="div">
        {children}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}

function Card({ title, children, pad = true }: { title: string; children: ReactNode; pad?: boolean }) {
  return (
    <Paper withBorder radius="md" component="section" aria-label={title} style={{ overflow: 'hidden' }}>
      <Title order={3} size="h5" px="md" pt="md" pb={pad ? 'xs' : 'sm'}>
        {title}
      </Title>
      {pad ? (
        <Stack px="md" pb="md" gap="xs">
          {children}
        </Stack>
      ) : (
        children
      )}
    </Paper>
  );
}

/** Lets a long email address wrap after its @ rather than mid-word. */
function breakAfterAt(value: string): ReactNode {
  const at = value.indexOf('@');
  if (at < 0) return value;
  return (
    <>
      {value.slice(0, at + 1)}
      <wbr />
      {value.slice(at + 1)}
    </>
  );
}

function CopyValue({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation('customers');
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Text size="sm" className={classes.wrapAnywhere}>
        {breakAfterAt(value)}
      </Text>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('page.copied') : label} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={label}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

function ContactCard({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const items: [string, ReactNode][] = [];
  if (c.email)
    items.push([t('page.email'), <CopyValue key="e" value={c.email} label={t('page.copyEmail')} />]);
  if (c.phone)
    items.push([t('page.phone'), <CopyValue key="p" value={c.phone} label={t('page.copyPhone')} />]);
  if (c.etsyUsername) items.push([t('page.etsyUsername'), c.etsyUsername]);
  if (c.etsyBuyerId) items.push([t('page.etsyBuyerId'), c.etsyBuyerId]);
  if (c.shopifyId) items.push([t('page.shopifyId'), c.shopifyId]);
  return (
    <Card title={t('page.contact')}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('page.noContact')}
        </Text>
      ) : (
        <Details items={items} />
      )}
    </Card>
  );
}

function Details({ items }: { items: [string, ReactNode][] }) {
  return (
    <DataList size="sm" gap={8} labelWidth={110}>
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ minWidth: 0 }}>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function AddressCard({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const a = c.address;
  const lines = [
    a.line1,
    a.line2,
    [[a.zip, a.city].filter(Boolean).join(' '), a.state].filter(Boolean).join(', '),
    a.country,
  ].filter(Boolean);
  return (
    <Card title={t('page.address')}>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('page.noAddress')}
        </Text>
      ) : (
        <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
          {lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </Text>
      )}
    </Card>
  );
}

function PreferencesCard({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const p = c.preferences;
  return (
    <Card title={t('page.preferences')}>
      <Details
        items={[
          [
            t('page.likes'),
            p.likes ? (
              <Text size="sm" className={classes.preWrap}>
                {p.likes}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('page.noLikes')}
              </Text>
            ),
          ],
          [
            t('page.surprises'),
            <Badge key="s" variant="light" color={p.noSurprises ? 'red' : 'teal'} tt="none">
              {p.noSurprises ? t('page.noSurprises') : t('page.surprisesOk')}
            </Badge>,
          ],
          [
            t('page.reviewRequests'),
            <Badge key="r" variant="light" color={p.noReviewRequests ? 'red' : 'teal'} tt="none">
              {p.noReviewRequests ? t('page.noReviewRequests') : t('page.reviewRequestsOk')}
            </Badge>,
          ],
          [t('page.noteLanguage'), t(`form.languages.${p.noteLanguage}`)],
        ]}
      />
    </Card>
  );
}

function CustomerOrders({ customer: c, orders }: { customer: Customer; orders: Order[] | undefined }) {
  const { t } = useTranslation('customers');
  const { t: tc } = useTranslation('common');
  const { date, money } = useFormat();
  return (
    <Card title={t('page.orders.title')} pad={!orders || orders.length === 0}>
      {orders && orders.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('page.orders.empty')}
        </Text>
      )}
      {orders && orders.length > 0 && (
        <>
          <div className={classes.header} aria-hidden>
            <span className={classes.leftDate}>{t('page.orders.date')}</span>
            <span className={classes.channel}>{t('page.orders.channel')}</span>
            <span className={classes.orderNumber}>{t('page.orders.number')}</span>
            <span className={classes.status}>{t('page.orders.status')}</span>
            <span className={classes.total}>{t('page.orders.total')}</span>
          </div>
          <div role="list" aria-label={t('page.orders.label', { name: c.name })}>
            {orders.map((o) => (
              <div role="listitem" key={o.id}>
                <Link to={`/orders/${o.id}`} className={`${classes.row} ${classes.orderRow}`}>
                  <Text size="sm" className={classes.leftDate}>
                    {date(o.orderedDate)}
                  </Text>
                  <Text size="sm" className={classes.channel}>
                    {tc(`channel.${o.channel}`)}
                  </Text>
                  <Text
                    size="sm"
                    className={`${classes.orderNumber} ${classes.truncate}`}
                    c={o.externalId ? undefined : 'dimmed'}
                  >
                    {o.externalId ?? t('page.orders.noNumber')}
                  </Text>
                  <span className={classes.status}>
                    <Badge variant="light" color={statusColor[o.status]} tt="none">
                      {tc(`status.${o.status}`)}
                    </Badge>
                  </span>
                  <Text
                    size="sm"
                    fw={500}
                    className={classes.total}
                    td={o.status === 'cancelled' ? 'line-through' : undefined}
                    c={o.status === 'cancelled' ? 'dimmed' : undefined}
                  >
                    {money(o.total, o.currency)}
                  </Text>
                </Link>
              </div>
            ))}
          </div>
        </>
      )}
    </Card>
  );
}
