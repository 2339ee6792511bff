import { useState } from 'react';
import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '@/app/errors';

/** First-run welcome: start for real, or look around with a sample shop. */
export function EmptyShop() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function trySample() {
    setBusy(true);
    try {
      // Loaded on demand: the generator is not part of the first screen's code.
      const { loadSampleShop } = await import('@/db/sample');
      const r = await loadSampleShop();
      notifications.show({
        color: 'teal',
        message: t('empty.sampleLoaded', { customers: r.customers, orders: r.orders }),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(e, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="60vh">
      <Stack align="center" maw={520} gap="md">
        <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
          <IconBuildingStore size={36} />
        </ThemeIcon>
        <Title order={2}>{t('empty.title')}</Title>
        <Text c="dimmed" ta="center">
          {t('empty.body')}
        </Text>
        <Group>
          <Button onClick={trySample} loading={busy} variant="light">
            {busy ? t('empty.loadingSample') : t('empty.trySample')}
          </Button>
          <Button onClick={() => navigate('/orders/new')}>{t('actions.newOrder')}</Button>
        </Group>
      </Stack>
    </Center>
  );
}
