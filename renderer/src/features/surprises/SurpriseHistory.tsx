import { Anchor, Badge, Drawer, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Surprise } from '@shared/domain/other';
import { giftsForSurprise } from '@/db/surprises';
import { useFormat } from '@/app/useFormat';
import { orderNumber } from '@/features/orders/model';
import { kindColor } from './model';

const SHOWN = 200;

/** Who got a surprise, when, with which order: newest first, in a drawer beside the inventory. */
export function SurpriseHistory({ surprise, onClose }: { surprise: Surprise | null; onClose: () => void }) {
  const { t } = useTranslation('surprises');
  const { t: tc } = useTranslation('common');
  return (
    <Drawer
      opened={surprise !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={surprise ? t('history.title', { name: surprise.name }) : ''}
      styles={{ title: { fontWeight: 600 } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {surprise && <HistoryBody surprise={surprise} />}
    </Drawer>
  );
}

function HistoryBody({ surprise }: { surprise: Surprise }) {
  const { t } = useTranslation('surprises');
  const f = useFormat();
  const data = useLiveQuery(() => giftsForSurprise(surprise.id, { limit: SHOWN }), [surprise.id]);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color={kindColor[surprise.kind]} tt="none">
          {t(`kind.${surprise.kind}`)}
        </Badge>
        {surprise.code && (
          <Badge variant="outline" color="gray" tt="none" ff="monospace">
            {surprise.code}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('stock.left', { count: surprise.stock })}
        </Text>
      </Group>
      {data === undefined && <Loader size="sm" aria-label={t('loading')} />}
      {data && data.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      )}
      {data && data.total > 0 && (
        <>
          <Text size="sm">{t('history.count', { count: data.total })}</Text>
          <Table verticalSpacing="xs" aria-label={t('history.label', { name: surprise.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.date')}</Table.Th>
                <Table.Th>{t('history.customer')}</Table.Th>
                <Table.Th>{t('history.order')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.entries.map(({ gift, customer, order }) => (
                <Table.Tr key={gift.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(gift.givenDate)}</Table.Td>
                  <Table.Td>
                    {customer ? (
                      <Anchor component={Link} to={`/customers/${customer.id}`} size="sm">
                        {customer.name}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('history.gone')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {order ? (
                      <Anchor component={Link} to={`/orders/${order.id}`} size="sm">
                        {orderNumber(order)}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('history.gone')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.total > data.entries.length && (
            <Text size="xs" c="dimmed">
              {t('history.limited', { shown: data.entries.length, count: data.total })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
