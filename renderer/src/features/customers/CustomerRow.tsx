import { useMemo, type KeyboardEvent } from 'react';
import { Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isRepeatBuyer, type Customer } from '@shared/domain/customer';
import { formatDate } from '@shared/format';
import { useFormat } from '@/app/useFormat';
import classes from './customers.module.css';

export const ROW_HEIGHT = 60;

/** The column titles above the list; the same widths as the rows. */
export function CustomerListHeader() {
  const { t } = useTranslation('customers');
  return (
    <div className={classes.header} aria-hidden>
      <span className={classes.grow}>{t('list.name')}</span>
      <span className={classes.location}>{t('list.location')}</span>
      <span className={classes.num}>{t('list.orders')}</span>
      <span className={classes.date}>{t('list.lastOrder')}</span>
    </div>
  );
}

/** Moves focus to the row above or below with the arrow keys (rows near the window are rendered). */
function moveFocus(e: KeyboardEvent<HTMLElement>, group: string, index: number) {
  const to = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : undefined;
  if (to === undefined) return;
  e.preventDefault();
  if (to < 0) {
    document.querySelector<HTMLElement>(`[data-row-target="${group}"]`)?.focus();
    return;
  }
  document.querySelector<HTMLElement>(`[data-row-group="${group}"][data-row-index="${to}"]`)?.focus();
}

/** What every row says the same way: read once per list, not once per row (rows re-render as you type). */
export interface CustomerRowText {
  repeatBuyer: string;
  noContact: string;
  date: (iso: string) => string;
}

export function useCustomerRowText(): CustomerRowText {
  const { t } = useTranslation('customers');
  const { locale } = useFormat();
  // Keyed on the strings themselves: a language's strings may arrive after the first render.
  const repeatBuyer = t('repeatBuyer');
  const noContact = t('list.noContact');
  return useMemo(
    () => ({ repeatBuyer, noContact, date: (iso: string) => formatDate(iso, locale) }),
    [repeatBuyer, noContact, locale],
  );
}

export interface CustomerRowProps {
  customer: Customer | undefined;
  index: number;
  /** Rows of one list share a group so the arrow keys stay inside it. */
  group: string;
  text: CustomerRowText;
}

export function CustomerRow({ customer: c, index, group, text }: CustomerRowProps) {
  if (!c) {
    return (
      <div className={classes.row} aria-busy="true">
        <Skeleton height={32} circle />
        <div className={classes.grow}>
          <Skeleton height={10} width="40%" mb={8} />
          <Skeleton height={8} width="60%" />
        </div>
      </div>
    );
  }
  const contact = [c.email, c.etsyUsername && `@${c.etsyUsername}`].filter(Boolean).join(' · ');
  const place = [c.address.city, c.address.country].filter(Boolean).join(', ');
  // Plain elements styled by the CSS module: a keystroke in the search re-renders a screenful of these,
  // and Mantine's Avatar/Badge/Text cost several times more per row.
  return (
    <Link
      to={`/customers/${c.id}`}
      className={classes.row}
      data-row-group={group}
      data-row-index={index}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => moveFocus(e, group, index)}
    >
      <span className={classes.avatar} data-hue={hueOf(c.name)} aria-hidden>
        {initials(c.name)}
      </span>
      <span className={classes.grow}>
        <span className={classes.nameLine}>
          <span className={`${classes.name} ${classes.truncate}`} data-field="name">
            {c.name}
          </span>
          {isRepeatBuyer(c) && <span className={classes.repeat}>{text.repeatBuyer}</span>}
        </span>
        <span className={`${classes.contact} ${classes.truncate}`}>{contact || text.noContact}</span>
      </span>
      <span className={`${classes.cell} ${classes.location} ${classes.truncate}`}>{place}</span>
      <span className={`${classes.cell} ${classes.num}`}>{c.stats.orderCount}</span>
      <span
        className={`${classes.cell} ${classes.date}`}
        data-dimmed={c.stats.lastOrderDate ? undefined : ''}
      >
        {c.stats.lastOrderDate ? text.date(c.stats.lastOrderDate) : '—'}
      </span>
    </Link>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** A stable colour per name, from a small palette (as Mantine's initials avatar does). */
function hueOf(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
  return Math.abs(h) % 6;
}
