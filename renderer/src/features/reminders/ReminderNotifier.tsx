import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { today } from '@/app/clock';

const HOUR = 60 * 60 * 1_000;

export interface ReminderNotifierProps {
  /** The first check, after the first screen is up. */
  startDelayMs?: number;
  intervalMs?: number;
}

/**
 * Mounted once in the app: when Tezgah starts and every hour while it runs, shows a desktop notification
 * for due reminders (if enabled in Settings and allowed). Clicking it opens the Reminders screen. Renders
 * nothing; the work loads on first use.
 */
export function ReminderNotifier({ startDelayMs = 5_000, intervalMs = HOUR }: ReminderNotifierProps) {
  const { i18n } = useTranslation('common');
  const navigate = useNavigate();
  const check = useEffectEvent(async () => {
    // The reminders' words load with their code, not with the first screen.
    const [{ notifyDueReminders }] = await Promise.all([
      import('./notifier'),
      i18n.loadNamespaces('reminders'),
    ]);
    const t = i18n.getFixedT(null, 'reminders');
    await notifyDueReminders({ today: today(), t, onOpen: () => navigate('/reminders') });
  });
  useEffect(() => {
    const run = () => void check().catch((e: unknown) => console.error(e));
    const first = window.setTimeout(run, startDelayMs);
    const every = window.setInterval(run, intervalMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, [startDelayMs, intervalMs]);
  return null;
}
