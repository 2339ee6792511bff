// Made-up values for the template editor's live preview, in the template's language.
import type { HistoryOrder } from './personal-line';
import type { NoteLanguage, NoteValues } from './placeholders';
import { noteValues, type ShopForNotes } from './values';

const people: Record<NoteLanguage, { name: string; item: string; before: string }> = {
  en: { name: 'Emma Wilson', item: 'Articulated dragon', before: 'Moon lamp' },
  tr: { name: 'Ayşe Demir', item: 'Eklemli ejderha', before: 'Ay lambası' },
};

/**
 * Preview values: a returning customer on their 3rd order, or (`firstOrder`) a new one. The shop's own name
 * and code are used when set, else stand-ins, so the preview shows every line a real note can have.
 */
export function previewValues(
  language: NoteLanguage,
  shop: Partial<ShopForNotes>,
  { firstOrder = false }: { firstOrder?: boolean } = {},
): NoteValues {
  const p = people[language];
  const order: HistoryOrder = {
    id: 'preview-3',
    status: 'ready',
    orderedDate: '2026-03-10',
    items: [{ title: p.item }],
  };
  const earlier: HistoryOrder[] = firstOrder
    ? []
    : [
        { id: 'preview-1', status: 'delivered', orderedDate: '2025-06-01', items: [{ title: p.before }] },
        { id: 'preview-2', status: 'delivered', orderedDate: '2025-11-20', items: [{ title: p.before }] },
      ];
  return noteValues({
    language,
    customerName: p.name,
    order,
    customerOrders: [...earlier, order],
    shop: {
      name: shop.name?.trim() || (language === 'tr' ? 'Dükkânınız' : 'Your shop'),
      discountCode: shop.discountCode?.trim() || 'THANKS10',
    },
  });
}
