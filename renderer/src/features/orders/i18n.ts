import type { Translation } from '@/app/i18n/types';

export const en = {
  title: 'Orders',
};

export const tr: Translation<typeof en> = {
  title: 'Siparişler',
};
