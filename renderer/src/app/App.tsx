import { Suspense, lazy, useEffect, useState } from 'react';
import { Button, MantineProvider, Modal, Stack, Text, localStorageColorSchemeManager } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { HashRouter, useNavigate, useRoutes } from 'react-router-dom';
import { appDb, watchVersionChange } from '@/db/db';
import { handlePaletteRequests, openPalette } from './palette';
import { Layout } from './Layout';
import { bareRoutes, routes } from './routes';
import { theme } from './theme';
import { whenIdle } from './idle';
import { requestPersistence } from './storage';
import { ReminderNotifier } from '@/features/reminders/ReminderNotifier';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'tezgah.color-scheme' });

const CommandPalette = lazy(() => import('./CommandPalette'));

/** The palette mounts once the first screen is up, or at once when asked for before that. */
function Palette() {
  const [mounted, setMounted] = useState(false);
  const [openOnMount, setOpenOnMount] = useState(false);
  useEffect(() => whenIdle(() => setMounted(true), 2_000), []);
  useEffect(
    () =>
      handlePaletteRequests(() => {
        if (mounted) void import('@mantine/spotlight').then((m) => m.spotlight.open());
        else {
          setOpenOnMount(true);
          setMounted(true);
        }
      }),
    [mounted],
  );
  // Also from inside text fields: Ctrl/Cmd+K is never typed as text.
  useHotkeys([['mod+K', openPalette]], []);
  return mounted ? (
    <Suspense fallback={null}>
      <CommandPalette openOnMount={openOnMount} />
    </Suspense>
  ) : null;
}

function Routes() {
  const navigate = useNavigate();
  useHotkeys([['mod+N', () => navigate('/orders/new')]], []);
  const element = useRoutes([...bareRoutes, { element: <Layout />, children: routes }]);
  return (
    <>
      <Palette />
      {element}
    </>
  );
}

/** Another window upgraded the database: stop and ask for a reload instead of writing old rows. */
function OutdatedDatabase() {
  const { t } = useTranslation();
  const [outdated, setOutdated] = useState(false);
  useEffect(() => watchVersionChange(appDb(), () => setOutdated(true)), []);
  return (
    <Modal
      opened={outdated}
      onClose={() => undefined}
      withCloseButton={false}
      title={t('errors.outdatedTitle')}
      centered
    >
      <Stack>
        <Text>{t('errors.outdatedBody')}</Text>
        <Button onClick={() => location.reload()}>{t('actions.reload')}</Button>
      </Stack>
    </Modal>
  );
}

export function App() {
  useEffect(() => void requestPersistence(), []);
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <HashRouter>
          <Routes />
          <ReminderNotifier />
        </HashRouter>
        <OutdatedDatabase />
      </ModalsProvider>
    </MantineProvider>
  );
}
