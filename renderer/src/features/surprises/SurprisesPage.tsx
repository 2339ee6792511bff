import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  CloseButton,
  EmptyState,
  Group,
  Loader,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArchiveOff,
  IconDots,
  IconFilterOff,
  IconGift,
  IconHistory,
  IconPackage,
  IconPencil,
  IconPlus,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { surpriseKinds, type Surprise } from '@shared/domain/other';
import { fold, isLowStock, stockState } from '@shared/surprises/choose';
import { deleteSurprise, setSurpriseActive, surpriseInventory, type InventoryRow } from '@/db/surprises';
import { useFormat } from '@/app/useFormat';
import { kindColor, refusalText, type SurpriseKind } from './model';
import { StockDialog } from './StockDialog';
import { SurpriseFormModal } from './SurpriseForm';
import { SurpriseHistory } from './SurpriseHistory';

type StatusFilter = 'all' | 'active' | 'inactive';
interface Filters {
  q: string;
  kind: SurpriseKind | null;
  status: StatusFilter;
}
const noFilters: Filters = { q: '', kind: null, status: 'all' };

/** The inventory: rows matching the search (name or code, accents and case ignored), kind and status. */
export function filterInventory<T extends Pick<Surprise, 'name' | 'code' | 'kind' | 'active'>>(
  rows: readonly T[],
  f: Filters,
): T[] {
  const q = fold(f.q);
  return rows.filter(
    (s) =>
      (!q || fold(s.name).includes(q) || (s.code ?? '').toLowerCase().includes(q)) &&
      (!f.kind || s.kind === f.kind) &&
      (f.status === 'all' || s.active === (f.status === 'active')),
  );
}

/** The most used currency among the surprises, else the last one used for an order, else USD. */
function defaultCurrency(rows: readonly Surprise[]): string {
  const counts = new Map<string, number>();
  for (const s of rows) counts.set(s.currency, (counts.get(s.currency) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (top) return top;
  const last = localStorage.getItem('tezgah.orders.lastCurrency');
  return last && /^[A-Z]{3}$/.test(last) ? last : 'USD';
}

/** `/surprises`: the inventory of things that go in parcels. `?restock=<id>` opens that one's restock. */
export default function SurprisesPage() {
  const { t } = useTranslation('surprises');
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const rows = useLiveQuery(() => surpriseInventory(), []);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [editing, setEditing] = useState<Surprise | 'new' | null>(null);

  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const restocking = byId.get(params.get('restock') ?? '') ?? null;
  const showing = byId.get(params.get('history') ?? '') ?? null;
  const open = (key: 'restock' | 'history', id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set(key, id);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (rows === undefined) return <Loader m="xl" aria-label={t('loading')} />;

  const shown = filterInventory(rows, filters);
  const low = rows.filter(isLowStock).length;
  const filtered = filters.q.trim() !== '' || filters.kind !== null || filters.status !== 'all';

  async function toggleActive(s: InventoryRow) {
    try {
      const { before, after } = await setSurpriseActive(s.id, !s.active);
      const id = `surprise-active-${s.id}`;
      notifications.show({
        id,
        color: after.active ? 'teal' : 'gray',
        autoClose: 8_000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">
              {after.active
                ? t('notify.activated', { name: s.name })
                : t('notify.deactivated', { name: s.name })}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={() => {
                notifications.hide(id);
                void setSurpriseActive(s.id, before.active).catch((e: unknown) =>
                  notifications.show({ color: 'red', message: refusalText(e, t, f.date) }),
                );
              }}
            >
              {t('notify.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      notifications.show({ color: 'red', message: refusalText(e, t, f.date) });
    }
  }

  function confirmDelete(s: InventoryRow) {
    if (s.given > 0) {
      // Its gifts' history would lose its name: offer to deactivate instead.
      modals.openConfirmModal({
        title: t('delete.givenTitle', { name: s.name }),
        centered: true,
        children: (
          <Text size="sm">
            {s.active
              ? t('delete.givenBody', { count: s.given })
              : t('delete.givenBodyInactive', { count: s.given })}
          </Text>
        ),
        labels: { confirm: s.active ? t('delete.deactivate') : t('delete.ok'), cancel: t('delete.keep') },
        onConfirm: () => {
          if (s.active) void toggleActive(s);
        },
      });
      return;
    }
    modals.openConfirmModal({
      title: t('delete.title', { name: s.name }),
      centered: true,
      children: <Text size="sm">{t('delete.body', { name: s.name })}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: t('delete.keep') },
      confirmProps: { color: 'red', leftSection: <IconTrash size={16} aria-hidden /> },
      onConfirm: async () => {
        try {
          await deleteSurprise(s.id);
          notifications.show({ color: 'gray', message: t('delete.done', { name: s.name }) });
        } catch (e) {
          notifications.show({ color: 'red', message: refusalText(e, t, f.date) });
        }
      },
    });
  }

  function saved(s: Surprise) {
    notifications.show({
      color: 'teal',
      message:
        editing === 'new' ? t('notify.created', { name: s.name }) : t('notify.updated', { name: s.name }),
    });
    setEditing(null);
  }

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          {rows.length > 0 && (
            <Text c="dimmed" size="sm">
              {low > 0 ? t('summaryLow', { count: rows.length, low }) : t('summary', { count: rows.length })}
            </Text>
          )}
        </Stack>
        {rows.length > 0 && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('add')}
          </Button>
        )}
      </Group>

      {rows.length === 0 ? (
        <EmptyState
          mt="xl"
          icon={<IconGift size={30} aria-hidden />}
          withIndicatorBackground
          title={t('empty.title')}
          description={t('empty.body')}
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('empty.add')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group gap="sm" wrap="wrap" role="search" aria-label={t('filters.label')}>
            <TextInput
              aria-label={t('filters.search')}
              placeholder={t('filters.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={filters.q}
              onChange={(e) => setFilters({ ...filters, q: e.currentTarget.value })}
              rightSection={
                filters.q ? (
                  <CloseButton
                    size="sm"
                    aria-label={t('filters.clearSearch')}
                    onClick={() => setFilters({ ...filters, q: '' })}
                  />
                ) : null
              }
              w={260}
            />
            <Select
              aria-label={t('filters.kind')}
              placeholder={t('filters.allKinds')}
              data={surpriseKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              value={filters.kind}
              onChange={(v) => setFilters({ ...filters, kind: (v as SurpriseKind | null) ?? null })}
              clearable
              w={200}
            />
            <SegmentedControl
              aria-label={t('filters.status')}
              value={filters.status}
              onChange={(v) => setFilters({ ...filters, status: v as StatusFilter })}
              data={[
                { value: 'all', label: t('filters.all') },
                { value: 'active', label: t('filters.active') },
                { value: 'inactive', label: t('filters.inactive') },
              ]}
            />
            {filtered && (
              <Button
                variant="subtle"
                leftSection={<IconFilterOff size={16} aria-hidden />}
                onClick={() => setFilters(noFilters)}
              >
                {t('filters.clear')}
              </Button>
            )}
          </Group>

          {shown.length === 0 ? (
            <EmptyState
              mt="md"
              icon={<IconFilterOff size={28} aria-hidden />}
              variant="light"
              color="gray"
              title={t('filters.noneTitle')}
              description={t('filters.noneBody')}
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => setFilters(noFilters)}>
                  {t('filters.clear')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
              <Table verticalSpacing="sm" highlightOnHover aria-label={t('table.label')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('table.name')}</Table.Th>
                    <Table.Th>{t('table.kind')}</Table.Th>
                    <Table.Th ta="right">{t('table.stock')}</Table.Th>
                    <Table.Th ta="right">{t('table.unitCost')}</Table.Th>
                    <Table.Th ta="right">{t('table.given')}</Table.Th>
                    <Table.Th>{t('table.status')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((s) => (
                    <InventoryLine
                      key={s.id}
                      s={s}
                      onEdit={() => setEditing(s)}
                      onRestock={() => open('restock', s.id)}
                      onHistory={() => open('history', s.id)}
                      onToggle={() => void toggleActive(s)}
                      onDelete={() => confirmDelete(s)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </>
      )}

      <SurpriseFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        initial={editing === 'new' || editing === null ? undefined : editing}
        defaultCurrency={defaultCurrency(rows)}
        onSaved={saved}
      />
      <StockDialog surprise={restocking} onClose={() => open('restock', null)} />
      <SurpriseHistory surprise={showing} onClose={() => open('history', null)} />
    </Stack>
  );
}

function InventoryLine({
  s,
  onEdit,
  onRestock,
  onHistory,
  onToggle,
  onDelete,
}: {
  s: InventoryRow;
  onEdit: () => void;
  onRestock: () => void;
  onHistory: () => void;
  onToggle: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('surprises');
  const f = useFormat();
  const state = stockState(s);
  return (
    <Table.Tr data-inactive={s.active ? undefined : true} style={s.active ? undefined : { opacity: 0.7 }}>
      <Table.Td>
        <UnstyledButton onClick={onHistory} aria-label={t('table.historyLabel', { name: s.name })}>
          <Text size="sm" fw={600}>
            {s.name}
          </Text>
        </UnstyledButton>
        {s.code && (
          <Text size="xs" c="dimmed" ff="monospace">
            {s.code}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={kindColor[s.kind]} tt="none">
          {t(`kind.${s.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {state === 'out' && (
            <Badge size="sm" color="red" variant="light" tt="none">
              {t('stock.outBadge')}
            </Badge>
          )}
          {state === 'low' && (
            <Badge size="sm" color="orange" variant="light" tt="none">
              {t('stock.lowBadge')}
            </Badge>
          )}
          <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {s.stock}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {f.money(s.unitCost, s.currency)}
      </Table.Td>
      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {s.given}
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={s.active ? 'teal' : 'gray'} tt="none">
          {s.active ? t('status.active') : t('status.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPackage size={14} aria-hidden />}
            onClick={onRestock}
            aria-label={t('table.restockLabel', { name: s.name })}
          >
            {t('table.restock')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('table.moreLabel', { name: s.name })}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
                {t('table.edit')}
              </Menu.Item>
              <Menu.Item leftSection={<IconHistory size={14} aria-hidden />} onClick={onHistory}>
                {t('table.history')}
              </Menu.Item>
              <Menu.Item
                leftSection={
                  s.active ? <IconArchive size={14} aria-hidden /> : <IconArchiveOff size={14} aria-hidden />
                }
                onClick={onToggle}
              >
                {s.active ? t('table.deactivate') : t('table.activate')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
                {t('table.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
