import { useEffect, useState } from 'react';
import { Alert, Card, SegmentedControl, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { setLanguage } from '@/app/i18n';
import type { Language } from '@/app/i18n/resources';
import { storageStatus } from '@/app/storage';
import { desktop } from '@/platform/desktop';
import { SampleDataCard } from './SampleDataCard';
import { ReminderSettingsCard } from '@/features/reminders/ReminderSettingsCard';
import { NoteTemplatesCard } from '@/features/notes/NoteTemplatesCard';

function StorageCard() {
  const { t } = useTranslation('settings');
  const [status, setStatus] = useState<Awaited<ReturnType<typeof storageStatus>>>();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    void storageStatus().then(setStatus);
    void desktop.appInfo().then((r) => r.ok && setInfo(r.info));
  }, []);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('storage.heading')}
        </Title>
        <Text>{t('storage.where')}</Text>
        {status && (
          <Alert
            color={status.persisted ? 'teal' : 'yellow'}
            icon={status.persisted ? <IconShieldCheck /> : <IconShieldX />}
            data-testid="storage-persisted"
          >
            {status.persisted ? t('storage.persisted') : t('storage.notPersisted')}
          </Alert>
        )}
        {status && status.usage > 0 && (
          <Text size="sm" c="dimmed">
            {t('storage.usage', { used: `${(status.usage / 1024 / 1024).toFixed(1)} MB` })}
          </Text>
        )}
        {info?.userDataPath && (
          <Text size="sm" c="dimmed">
            {t('storage.folder', { path: info.userDataPath })}
          </Text>
        )}
        {info && (
          <Text size="sm" c="dimmed">
            {t('about.version', { version: info.version, platform: info.platform })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export default function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack maw={720} gap="lg">
      <Title order={2}>{t('title')}</Title>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h4" id="settings-language">
            {t('language.heading')}
          </Title>
          <SegmentedControl
            aria-labelledby="settings-language"
            value={i18n.language}
            onChange={(v) => void setLanguage(v as Language)}
            data={[
              { value: 'en', label: t('language.en') },
              { value: 'tr', label: t('language.tr') },
            ]}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h4" id="settings-theme">
            {t('appearance.heading')}
          </Title>
          <SegmentedControl
            aria-labelledby="settings-theme"
            value={colorScheme}
            onChange={(v) => setColorScheme(v as 'light' | 'dark' | 'auto')}
            data={[
              { value: 'light', label: t('appearance.light') },
              { value: 'dark', label: t('appearance.dark') },
              { value: 'auto', label: t('appearance.auto') },
            ]}
          />
        </Stack>
      </Card>
      <NoteTemplatesCard />
      <ReminderSettingsCard />
      <StorageCard />
      <SampleDataCard />
    </Stack>
  );
}
