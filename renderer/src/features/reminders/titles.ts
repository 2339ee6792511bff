import type { TFunction } from 'i18next';
import type { Order } from '@shared/domain/order';
import type { Reminder } from '@shared/domain/other';
import { orderNumber } from '@/features/orders/model';

/** What the reminder asks for, in a sentence ("Write the thank-you note for order 3141"). */
export function reminderTitle(r: Reminder, order: Order | undefined, t: TFunction<'reminders'>): string {
  const number = order ? orderNumber(order) : undefined;
  switch (r.kind) {
    case 'thank-you-note':
      return number ? t('what.thankYou', { number }) : t('what.thankYouAny');
    case 'review-request':
      return number ? t('what.review', { number }) : t('what.reviewAny');
    default:
      return r.text || t('what.followUp');
  }
}
