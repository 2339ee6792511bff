import { Suspense, lazy, useState } from 'react';
import { Button, Checkbox, Group, Loader, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconGift, IconMessage, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Order } from '@shared/domain/order';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { packExtras } from '@/db/today-reads';
import { itemsSummary, orderNumber } from '@/features/orders/model';
import { noteCardsHref } from '@/features/notes/print/href';
import { noteState, surpriseLine } from './pack-summary';
import { ListFooter } from './ListFooter';
import { Pill, ShipByMark } from './RowParts';
import { Section } from './Section';
import { useProgressive } from './useProgressive';
import classes from './today.module.css';

// The checklist brings the note editor and the surprise picker: loaded when the first parcel is opened.
const PackChecklist = lazy(() => import('./PackChecklist'));

const noteColor = { none: 'gray', draft: 'yellow', written: 'teal', printed: 'teal' } as const;

/** Printed orders waiting for their parcel; one opens into its packing checklist. */
export function PackList({
  orders,
  total,
  onMore,
  customers,
  today,
}: {
  orders: Order[];
  total: number;
  onMore: () => void;
  customers: Map<string, Customer>;
  today: string;
}) {
  const { t } = useTranslation('today');
  const drawn = useProgressive(orders.length);
  const { t: to } = useTranslation('orders');
  const navigate = useNavigate();
  const [open, setOpen] = useState<string | null>(null);
  // Notes and surprises come a moment after the rows, so the rows are not held up by them.
  const key = orders.map((o) => o.id).join(',');
  const extras = useLiveQuery(() => packExtras(orders), [key]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // Orders that left the list (shipped) drop out of the selection.
  const selected = orders.filter((o) => picked.has(o.id)).map((o) => o.id);
  const all = orders.length > 0 && selected.length === orders.length;

  const toggle = (id: string) =>
    setPicked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const printButton = (
    <Tooltip label={t('pack.printNotesHint')} disabled={selected.length > 0}>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPrinter size={14} />}
        disabled={selected.length === 0}
        onClick={() => navigate(noteCardsHref(selected))}
      >
        {t('pack.printNotes', { count: selected.length })}
      </Button>
    </Tooltip>
  );

  return (
    <Section
      id="today-pack"
      title={t('pack.heading')}
      hint={t('pack.hint')}
      count={total}
      actions={total > 0 ? printButton : undefined}
      empty={total === 0 ? { title: t('pack.emptyTitle'), body: t('pack.emptyBody') } : undefined}
    >
      <Group px="sm" pb={4}>
        <Checkbox
          size="xs"
          label={t('pack.selectAll')}
          checked={all}
          indeterminate={selected.length > 0 && !all}
          onChange={() => setPicked(all ? new Set() : new Set(orders.map((o) => o.id)))}
        />
      </Group>
      <ul aria-label={t('pack.list')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {orders.slice(0, drawn).map((o) => {
          const number = orderNumber(o);
          const customer = customers.get(o.customerId);
          const note = extras && noteState(extras.notes.get(o.id));
          const surprise = extras && surpriseLine(o, customer, extras);
          const isOpen = open === o.id;
          return (
            <li key={o.id} data-order={o.id}>
              <div className={`${classes.row} ${isOpen ? classes.packed : ''}`}>
                <input
                  type="checkbox"
                  className={classes.check}
                  aria-label={t('pack.select', { number })}
                  checked={picked.has(o.id)}
                  onChange={() => toggle(o.id)}
                />
                <div style={{ width: 88, flex: 'none' }}>
                  <ShipByMark order={o} today={today} />
                </div>
                <div className={classes.grow}>
                  <Link className={classes.link} to={`/orders/${o.id}`}>
                    {number} · {customer?.name ?? ''}
                  </Link>
                  <div className={`${classes.dim} ${classes.truncate}`}>{itemsSummary(o.items, to)}</div>
                  {o.giftMessage && (
                    <div className={`${classes.gift} ${classes.small}`}>
                      <IconMessage size={12} aria-label={t('pack.giftMessage')} /> “{o.giftMessage}”
                    </div>
                  )}
                  <div className={classes.pills}>
                    {note && surprise && (
                      <>
                        <Pill color={noteColor[note]} data-note={note}>
                          <span className={classes.caps}>{t(`note.${note}`)}</span>
                        </Pill>
                        <Pill
                          color={surprise.kind === 'given' ? 'grape' : 'gray'}
                          variant={surprise.kind === 'given' ? 'light' : 'outline'}
                          data-surprise={surprise.kind}
                        >
                          <IconGift size={10} aria-hidden />
                          {surprise.name
                            ? t(`surprise.${surprise.kind as 'given' | 'suggested'}`, { name: surprise.name })
                            : t(`surprise.${surprise.kind as 'none' | 'optedOut'}`)}
                        </Pill>
                      </>
                    )}
                  </div>
                </div>
                <button
                  type="button"
                  className={classes.button}
                  onClick={() => setOpen(isOpen ? null : o.id)}
                  aria-expanded={isOpen}
                  aria-controls={`checklist-${o.id}`}
                  aria-label={`${isOpen ? t('pack.close') : t('pack.open')}: ${number}`}
                >
                  {isOpen ? t('pack.close') : t('pack.open')}
                  {isOpen ? (
                    <IconChevronUp size={14} aria-hidden />
                  ) : (
                    <IconChevronDown size={14} aria-hidden />
                  )}
                </button>
              </div>
              {isOpen && (
                <div id={`checklist-${o.id}`} className={classes.checklist}>
                  <Suspense fallback={<Loader size="sm" />}>
                    <PackChecklist order={o} onShipped={() => setOpen(null)} />
                  </Suspense>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ListFooter
        shown={orders.length}
        total={total}
        onMore={onMore}
        ordersLink="/orders?view=table&status=ready"
      />
    </Section>
  );
}
