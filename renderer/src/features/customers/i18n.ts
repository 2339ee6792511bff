import type { Translation } from '@/app/i18n/types';

export const en = {
  title: 'Customers',
};

export const tr: Translation<typeof en> = {
  title: 'Müşteriler',
};
