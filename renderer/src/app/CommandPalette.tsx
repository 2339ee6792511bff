import { useEffect, useState } from 'react';
import {
  Spotlight,
  spotlight,
  type SpotlightActionData,
  type SpotlightActionGroupData,
} from '@mantine/spotlight';
import { IconPackage, IconSearch, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { orderIds, ordersByIds } from '@/db/order-reads';
import { navItems } from './routes';

/** Ctrl/Cmd+K: jump to any customer (by name, email, username, city) or order (by its number). */
export default function CommandPalette({ openOnMount = false }: { openOnMount?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  // Results remember the query they answer, so a stale answer is never shown for newer text.
  const [answer, setAnswer] = useState<{ q: string; groups: SpotlightActionGroupData[] }>({
    q: '',
    groups: [],
  });
  const found = answer.q === query.trim() ? answer.groups : [];

  useEffect(() => {
    if (openOnMount) spotlight.open();
  }, [openOnMount]);

  useEffect(() => {
    let live = true;
    const q = query.trim();
    if (!q) return;
    void (async () => {
      const [customers, ids] = await Promise.all([
        // The customers repository (with its validators) loads with the first search, not at boot.
        import('@/db/customers').then(({ searchCustomers }) => searchCustomers(q, 8)),
        orderIds({ externalIdPrefix: q }).then((ids) => ids.slice(0, 8)),
      ]);
      const orders = await ordersByIds(ids);
      if (!live) return;
      const groups: SpotlightActionGroupData[] = [];
      if (customers.length > 0) {
        groups.push({
          group: t('palette.customers'),
          actions: customers.map((c) => ({
            id: `c-${c.id}`,
            label: c.name,
            description: [c.email, c.etsyUsername, c.address?.city].filter(Boolean).join(' · '),
            leftSection: <IconUser size={18} aria-hidden />,
            onClick: () => navigate(`/customers/${c.id}`),
          })),
        });
      }
      if (orders.length > 0) {
        groups.push({
          group: t('palette.orders'),
          actions: orders.map((o) => ({
            id: `o-${o.id}`,
            label: t('palette.order', { id: o.externalId ?? o.id.slice(0, 8) }),
            description: `${t(`channel.${o.channel}`)} · ${o.orderedDate} · ${t(`status.${o.status}`)}`,
            leftSection: <IconPackage size={18} aria-hidden />,
            onClick: () => navigate(`/orders/${o.id}`),
          })),
        });
      }
      setAnswer({ q, groups });
    })();
    return () => {
      live = false;
    };
  }, [query, navigate, t]);

  const pages: SpotlightActionData[] = navItems
    .filter(({ key }) => !query || t(`nav.${key}`).toLowerCase().includes(query.trim().toLowerCase()))
    .map(({ path, key }) => ({ id: `p-${key}`, label: t(`nav.${key}`), onClick: () => navigate(path) }));

  const actions: SpotlightActionGroupData[] = [
    ...found,
    ...(pages.length > 0 ? [{ group: t('palette.pages'), actions: pages }] : []),
  ];

  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      filter={(_q, a) => a}
      shortcut={null}
      nothingFound={t('palette.nothing')}
      highlightQuery
      scrollable
      maxHeight={420}
      searchProps={{
        leftSection: <IconSearch size={18} />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.placeholder'),
      }}
    />
  );
}
