import { useState } from 'react';
import { Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { IconLayoutKanban, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { OrderBoard } from './OrderBoard';
import { OrderTable } from './OrderTable';
import { filtersFromParams, paramsFromFilters, type TableFilters } from './model';
import { storedView, storeView, viewFor, type View } from './view';

/**
 * `/orders`: the board or the table, whichever was used last. A link with filters
 * (`/orders?status=ready&channel=etsy`) or `?view=table` opens the table.
 */
export default function OrdersPage() {
  const { t } = useTranslation('orders');
  const [params, setParams] = useSearchParams();
  const [stored, setStored] = useState<View>(storedView);
  const filters = filtersFromParams(params);
  const view = viewFor(params, stored);

  const changeView = (v: View) => {
    storeView(v);
    setStored(v);
    const next = new URLSearchParams(params);
    next.set('view', v);
    setParams(next, { replace: true });
  };

  // Filtering happens in the table; clearing every filter must not drop back to the board.
  const changeFilters = (f: TableFilters) => {
    const next = paramsFromFilters(f, params);
    next.set('view', 'table');
    setParams(next, { replace: true });
  };

  return (
    <Stack
      gap="md"
      // The page fills the window under the header; board columns and the table scroll inside it.
      h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      style={{ minHeight: 420 }}
    >
      <Group gap="lg" wrap="nowrap">
        <Title order={2}>{t('title')}</Title>
        <SegmentedControl
          aria-label={t('views.label')}
          value={view}
          onChange={(v) => changeView(v as View)}
          data={[
            {
              value: 'board',
              label: (
                <Group gap={6} wrap="nowrap" justify="center">
                  <IconLayoutKanban size={16} aria-hidden />
                  <span>{t('views.board')}</span>
                </Group>
              ),
            },
            {
              value: 'table',
              label: (
                <Group gap={6} wrap="nowrap" justify="center">
                  <IconTable size={16} aria-hidden />
                  <span>{t('views.table')}</span>
                </Group>
              ),
            },
          ]}
        />
      </Group>
      {view === 'board' ? <OrderBoard /> : <OrderTable filters={filters} onFiltersChange={changeFilters} />}
    </Stack>
  );
}
