import { useMemo } from 'react';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import { renderMessage } from '@shared/reminders/messages';
import type { MessageKind, MessageLanguage, MessageSettings } from '@shared/reminders/settings';
import { messageSettingsSetting } from '@/db/reminder-rules';
import { shopSetting } from '@/db/shop-settings';
import { useSetting } from '@/app/useSetting';
import { orderNumber } from '@/features/orders/model';
import { failureReason } from './useReminderActions';

/** What a message is made from besides the order: the seller's wording and the shop's name. */
export interface MessageContext {
  templates: MessageSettings;
  shopName: string;
}

/** The message settings and the shop name, live; undefined while they are read. */
export function useMessageContext(): MessageContext | undefined {
  const templates = useSetting(messageSettingsSetting);
  const shop = useSetting(shopSetting);
  return useMemo(
    () => (templates && shop ? { templates, shopName: shop.name } : undefined),
    [templates, shop],
  );
}

/** The language messages to this customer are written in (their note language). */
export function customerLanguage(customer: Pick<Customer, 'preferences'> | undefined): MessageLanguage {
  return customer?.preferences.noteLanguage ?? 'en';
}

/**
 * Renders the message for the order in the customer's language and copies it to the clipboard; says so,
 * and what the message lacks (no tracking number yet, no shop name). Returns the text, or undefined when
 * the clipboard refused.
 */
export async function copyOrderMessage(
  kind: MessageKind,
  order: Order,
  customer: Customer | undefined,
  { templates, shopName }: MessageContext,
  t: TFunction<'reminders'>,
): Promise<string | undefined> {
  const lang = customerLanguage(customer);
  const r = renderMessage(templates, kind, lang, {
    customerName: customer?.name,
    itemTitles: order.items.map((i) => i.title),
    orderNumber: orderNumber(order),
    trackingNumber: order.trackingNumber,
    shopName,
  });
  try {
    await navigator.clipboard.writeText(r.text);
  } catch (e) {
    notifications.show({ color: 'red', message: t('copy.failed', { reason: failureReason(e) }) });
    return undefined;
  }
  const copied = t('copy.copied', {
    what: t(kind === 'shipped' ? 'copy.copiedShipped' : 'copy.copiedReview'),
    language: t(`copy.languages.${lang}`),
  });
  const missing = r.missing.map((m) => t(`copy.fields.${m}`)).join(', ');
  notifications.show({
    color: missing ? 'yellow' : 'teal',
    message: missing ? `${copied} ${t('copy.missing', { fields: missing })}` : copied,
  });
  return r.text;
}
