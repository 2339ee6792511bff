import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/app/errors';
import { hasSampleShop, loadSampleShop, removeSampleShop } from '@/db/sample';

/** Load or remove the sample shop; removal asks first and deletes exactly the sample rows. */
export function SampleDataCard() {
  const { t } = useTranslation('settings');
  const loaded = useLiveQuery(() => hasSampleShop(), []);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      notifications.show({ color: 'teal', message: await work() });
    } catch (e) {
      notifications.show({ color: 'red', title: t('common:errors.title'), message: errorMessage(e, t) });
    } finally {
      setBusy(false);
    }
  }

  const confirmRemove = () =>
    modals.openConfirmModal({
      title: t('sample.confirmTitle'),
      children: <Text size="sm">{t('sample.confirmBody')}</Text>,
      labels: { confirm: t('sample.remove'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(async () => {
          const r = await removeSampleShop();
          return t('sample.removed', { rows: r.rows });
        }),
    });

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('sample.heading')}
        </Title>
        <Text>{t('sample.body')}</Text>
        <Group>
          {loaded ? (
            <Button color="red" variant="light" loading={busy} onClick={confirmRemove}>
              {t('sample.remove')}
            </Button>
          ) : (
            <Button
              variant="light"
              loading={busy}
              onClick={() =>
                void run(async () => {
                  const r = await loadSampleShop();
                  return t('common:empty.sampleLoaded', { customers: r.customers, orders: r.orders });
                })
              }
            >
              {t('sample.load')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
