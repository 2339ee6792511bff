import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { lowStockSurprises } from '@/db/surprises';

/** Active surprises at or below their low-stock threshold, live; `undefined` while reading. */
export function useLowStockSurprises() {
  return useLiveQuery(() => lowStockSurprises(), []);
}

/**
 * Surprises running low, as a compact list for Today (which gives it its card and heading): each with
 * what is left and a Restock link. Renders nothing at all when none is running low.
 */
export function LowStockSurprises() {
  const { t } = useTranslation('surprises');
  const rows = useLowStockSurprises();
  if (!rows || rows.length === 0) return null;
  return (
    <Stack gap="xs">
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('low.title')}>
        {rows.map((s) => (
          <Group component="li" key={s.id} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Text size="sm" truncate>
                {s.name}
              </Text>
              <Badge
                size="sm"
                variant="light"
                color={s.stock <= 0 ? 'red' : 'orange'}
                tt="none"
                style={{ flex: 'none' }}
              >
                {s.stock <= 0 ? t('stock.out') : t('stock.left', { count: s.stock })}
              </Badge>
            </Group>
            <Anchor
              component={Link}
              to={`/surprises?restock=${encodeURIComponent(s.id)}`}
              size="sm"
              aria-label={t('low.restockLabel', { name: s.name })}
              style={{ flex: 'none' }}
            >
              {t('low.restock')}
            </Anchor>
          </Group>
        ))}
      </Stack>
      <Anchor component={Link} to="/surprises" size="sm">
        {t('low.all')}
      </Anchor>
    </Stack>
  );
}
