import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/dates/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { prefetchScreen } from './app/routes';
import { appDb } from './db/db';
import { opensOnToday, primeToday } from './features/today/prime';

// Boot work in parallel: the screen's code, the database connection and the translations.
prefetchScreen(location.hash);
appDb()
  .open()
  .catch(() => undefined) // a failure shows where the data is used, with its message
  .finally(() => (window as { __tezgahWarmDb?: IDBDatabase }).__tezgahWarmDb?.close()); // see public/warm-db.js
if (opensOnToday(location.hash)) primeToday();
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
