import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format';
import { intlLocale } from './i18n';

/** Money and date formatting in the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    locale,
    money: (minor: number, currency: string) => formatMoney(minor, currency, locale),
    date: (iso: string | undefined, style: 'medium' | 'short' = 'medium') =>
      iso ? formatDate(iso, locale, style) : '',
  };
}
