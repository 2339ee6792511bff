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
import { screenFor } from './app/screens';
import { appDb } from './db/db';
import { opensOnOrderTable, primeOrderTable } from './features/orders/prime';
import { opensOnToday, primeToday } from './features/today/prime';

// Boot work in parallel: the screen's code, the database connection, the screen's first read and the
// translations. The first render waits for the screen's code (see app/screens).
const screen = screenFor(location.hash)
  ?.preload()
  .catch(() => undefined); // the screen then loads (and reports a failure) when it renders
appDb()
  .open()
  .catch(() => undefined) // a failure shows where the data is used, with its message
  .finally(() => (window as { __tezgahWarmDb?: IDBDatabase }).__tezgahWarmDb?.close()); // see public/warm-db.js
if (opensOnToday(location.hash)) primeToday();
else if (opensOnOrderTable(location.hash)) primeOrderTable();
void Promise.all([initI18n(), screen]).then(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
