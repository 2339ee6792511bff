import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** "← Orders" above an order's title. */
export function BackLink() {
  const { t } = useTranslation('orders');
  return (
    <Anchor component={Link} to="/orders" size="sm" c="dimmed" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('backToOrders')}
      </Group>
    </Anchor>
  );
}
