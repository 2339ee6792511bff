import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TODAY_STEP } from '@/db/today-reads';

/** Under a Today list that shows only its first rows: how many more there are, and where they are. */
export function ListFooter({
  shown,
  total,
  onMore,
  ordersLink,
}: {
  shown: number;
  total: number;
  onMore: () => void;
  ordersLink: string;
}) {
  const { t } = useTranslation('today');
  if (shown >= total) return null;
  return (
    <Group justify="space-between" px="sm" py="xs" gap="xs">
      <Text size="xs" c="dimmed">
        {t('shownOf', { shown, total })}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="subtle" onClick={onMore}>
          {t('showMore', { count: Math.min(TODAY_STEP, total - shown) })}
        </Button>
        <Anchor component={Link} to={ordersLink} size="xs">
          {t('allInOrders')}
        </Anchor>
      </Group>
    </Group>
  );
}
