import type { Translation } from '@/app/i18n/types';

export const en = {
  title: 'TODO',
};

export const tr: Translation<typeof en> = {
  title: 'TODO',
};
