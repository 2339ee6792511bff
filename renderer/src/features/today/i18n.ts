import type { Translation } from '@/app/i18n/types';

export const en = {
  title: 'Today',
};

export const tr: Translation<typeof en> = {
  title: 'Bugün',
};
