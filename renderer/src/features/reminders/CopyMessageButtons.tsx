import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getCustomer } from '@/db/customers';
import { getOrder } from '@/db/order-reads';
import { copyOrderMessage, customerLanguage, useMessageContext } from './copyMessage';

/**
 * The order page's "Copy shipped message" and "Copy review request": the message in the customer's
 * language, ready to paste into Etsy (which has no messages API) or an email.
 */
export function CopyMessageButtons({ orderId }: { orderId: string }) {
  const { t } = useTranslation('reminders');
  const settings = useMessageContext();
  const data = useLiveQuery(async () => {
    const order = await getOrder(orderId);
    if (!order) return null;
    return { order, customer: await getCustomer(order.customerId) };
  }, [orderId]);
  if (!data || !settings) return null;
  const { order, customer } = data;
  const optedOut = customer?.preferences.noReviewRequests === true;
  const cancelled = order.status === 'cancelled';
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="order-messages-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="order-messages-title">
          {t('copy.heading')}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconCopy size={14} aria-hidden />}
            disabled={cancelled}
            onClick={() => void copyOrderMessage('shipped', order, customer, settings, t)}
          >
            {t('copy.shipped')}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconCopy size={14} aria-hidden />}
            disabled={optedOut || cancelled}
            onClick={() => void copyOrderMessage('reviewRequest', order, customer, settings, t)}
          >
            {t('copy.reviewRequest')}
          </Button>
        </Group>
        {optedOut && customer && (
          <Text size="xs" c="orange">
            {t('copy.optedOut', { name: customer.name })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('copy.hint', { language: t(`copy.languages.${customerLanguage(customer)}`) })}
        </Text>
      </Stack>
    </Paper>
  );
}
