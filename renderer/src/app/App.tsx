import { useEffect, useState } from 'react';
import { Button, MantineProvider, Modal, Stack, Text, localStorageColorSchemeManager } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { HashRouter, useNavigate, useRoutes } from 'react-router-dom';
import { appDb, watchVersionChange } from '@/db/db';
import { CommandPalette } from './CommandPalette';
import { Layout } from './Layout';
import { routes } from './routes';
import { theme } from './theme';
import { requestPersistence } from './storage';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'tezgah.color-scheme' });

function Routes() {
  const navigate = useNavigate();
  useHotkeys([['mod+N', () => navigate('/orders/new')]], []);
  const element = useRoutes([{ element: <Layout />, children: routes }]);
  return (
    <>
      <CommandPalette />
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
        </HashRouter>
        <OutdatedDatabase />
      </ModalsProvider>
    </MantineProvider>
  );
}
