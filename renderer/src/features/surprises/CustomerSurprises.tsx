import { useId } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { giftsForCustomer } from '@/db/surprises';
import { getCustomer } from '@/db/customers';
import { useFormat } from '@/app/useFormat';
import { orderNumber } from '@/features/orders/model';
import { kindColor } from './model';

/** A customer's surprises, newest first: what, when and in which order's parcel. */
export function CustomerSurprises({ customerId }: { customerId: string }) {
  const { t } = useTranslation('surprises');
  const f = useFormat();
  const titleId = useId();
  const data = useLiveQuery(
    async () => ({
      gifts: await giftsForCustomer(customerId),
      optedOut: (await getCustomer(customerId))?.preferences.noSurprises ?? false,
    }),
    [customerId],
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap={8}>
          <IconGift size={18} aria-hidden color="var(--mantine-color-grape-filled)" />
          <Title order={3} size="h5" id={titleId}>
            {t('customer.title')}
          </Title>
        </Group>
        {data?.optedOut && (
          <Badge variant="light" color="red" tt="none">
            {t('customer.optedOut')}
          </Badge>
        )}
      </Group>
      {data && data.gifts.length === 0 && (
        <Text size="sm" c="dimmed">
          {data.optedOut ? t('customer.emptyOptedOut') : t('customer.empty')}
        </Text>
      )}
      {data && data.gifts.length > 0 && (
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={titleId}>
          {data.gifts.map(({ gift, surprise, order }) => (
            <Group component="li" key={gift.id} gap="sm" wrap="nowrap" justify="space-between">
              <Group gap="sm" wrap="nowrap" miw={0}>
                <Text
                  size="sm"
                  c="dimmed"
                  w={110}
                  style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
                >
                  {f.date(gift.givenDate)}
                </Text>
                <Text size="sm" fw={500} truncate>
                  {surprise?.name ?? t('deleted')}
                </Text>
                {surprise && (
                  <Badge
                    size="sm"
                    variant="light"
                    color={kindColor[surprise.kind]}
                    tt="none"
                    style={{ flex: 'none' }}
                  >
                    {t(`kind.${surprise.kind}`)}
                  </Badge>
                )}
              </Group>
              {order ? (
                <Anchor component={Link} to={`/orders/${order.id}`} size="sm" style={{ flex: 'none' }}>
                  {t('customer.order', { number: orderNumber(order) })}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed" style={{ flex: 'none' }}>
                  {t('customer.orderGone')}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
