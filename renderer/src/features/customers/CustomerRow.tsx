import { useMemo, type KeyboardEvent } from 'react';
import { Avatar, Badge, Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
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
  return (
    <UnstyledButton
      component={Link}
      to={`/customers/${c.id}`}
      className={classes.row}
      data-row-group={group}
      data-row-index={index}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => moveFocus(e, group, index)}
    >
      <Avatar name={c.name} color="initials" size={34} radius="xl" aria-hidden />
      <div className={classes.grow}>
        <Group gap={8} wrap="nowrap">
          <Text fw={600} size="sm" className={classes.truncate}>
            {c.name}
          </Text>
          {isRepeatBuyer(c) && (
            <Badge size="xs" variant="light" color="grape" style={{ flex: 'none' }}>
              {text.repeatBuyer}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" className={classes.truncate}>
          {contact || text.noContact}
        </Text>
      </div>
      <Text size="sm" className={`${classes.location} ${classes.truncate}`}>
        {place}
      </Text>
      <Text size="sm" className={classes.num}>
        {c.stats.orderCount}
      </Text>
      <Text size="sm" c={c.stats.lastOrderDate ? undefined : 'dimmed'} className={classes.date}>
        {c.stats.lastOrderDate ? text.date(c.stats.lastOrderDate) : '—'}
      </Text>
    </UnstyledButton>
  );
}
