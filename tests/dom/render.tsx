// Renders a component as the app does (Mantine, i18n, router, modals), for Testing Library.
import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { initI18n } from '@/app/i18n';
import { theme } from '@/app/theme';

export async function renderApp(
  ui: ReactElement,
  { path = '/', route = '*', lang = 'en' as 'en' | 'tr' } = {},
) {
  await initI18n(lang, { preloadAll: true });
  return render(
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications />
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={ui} />
          </Routes>
        </MemoryRouter>
      </ModalsProvider>
    </MantineProvider>,
  );
}
