import type { ReactNode } from 'react';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/tr';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);

const formats = [
  'YYYY-MM-DD',
  'll',
  'LL',
  'D MMM YYYY',
  'D MMMM YYYY',
  'MMM D, YYYY',
  'MMMM D, YYYY',
  'D.M.YYYY',
  'DD.MM.YYYY',
];

/** Reads a typed date ("2026-03-05", "5 Mar 2026", "05.03.2026", "Mar 5, 2026") as `YYYY-MM-DD`. */
export function parseTypedDate(text: string, locale: string): string | null {
  const d = dayjs(text.trim(), formats, locale, true);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
}

/** Calendars in the UI language, weeks starting on Monday in Turkish. */
export function OrderDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'tr' ? 'tr' : 'en';
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'tr' ? 1 : 0 }}>{children}</DatesProvider>
  );
}

/**
 * A calendar date field whose value is always a `YYYY-MM-DD` string (or null), never a Date, so nothing
 * shifts with the time zone on the way to the database.
 */
export function DateField(
  props: Omit<DateInputProps, 'onChange' | 'value'> & {
    value?: string | null;
    onChange?: (value: string | null) => void;
  },
) {
  const { i18n } = useTranslation();
  const { t } = useTranslation('orders');
  return (
    <DateInput
      valueFormat="ll"
      placeholder={t('form.datePlaceholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      dateParser={(text) => parseTypedDate(text, i18n.language === 'tr' ? 'tr' : 'en')}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
