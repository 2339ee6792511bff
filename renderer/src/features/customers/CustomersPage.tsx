import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Box,
  Button,
  CloseButton,
  EmptyState,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Customer } from '@shared/domain/customer';
import { matchCustomers, prepareCustomerSearch } from '@shared/domain/customer-search';
import { customerIdsByName, customersByIds, customersInNameOrder, searchCustomers } from '@/db/customers';
import { appDb } from '@/db/db';
import { resultCache } from '@/db/result-cache';
import { VirtualList } from '@/components/VirtualList';
import { EmptyShop } from '@/components/EmptyShop';
import { CustomerFormModal } from './CustomerForm';
import { CustomerListHeader, CustomerRow, ROW_HEIGHT, useCustomerRowText } from './CustomerRow';
import classes from './customers.module.css';

/** How many matches the search shows; more than this and the seller types another letter. */
export const SEARCH_LIMIT = 100;

/** The typed text reaches the URL (for Back from a customer page) this long after the last key. */
const URL_DELAY = 300;

const ALL = 'all-customers';
/** Everyone in name order, from the last visit (see db/result-cache). */
const everyone = resultCache<Customer[]>(['customers']);
const FOUND = 'search-results';

/** The customers list: everyone by name (virtualized), or search-as-you-type results. */
export default function CustomersPage() {
  const { t } = useTranslation('customers');
  const [params, setParams] = useSearchParams();
  // The typed text lives in local state (instant); the URL follows once typing pauses, so the router
  // does not re-render the screen on every key.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const q = query.trim();

  // Not while the New customer dialog is open: focus stays in the dialog.
  useHotkeys([['/', () => !creating && searchRef.current?.focus()]]);

  // Everyone in name order, kept in memory while this screen is open (live: edits refresh it), so a
  // keystroke filters rows already here instead of querying the database.
  // Read after the ids below (a cheaper read), which give the count and the first rows at once; kept between
  // visits while no customer is written (20k customers are ~10 MB to read again, and to collect after).
  const db = appDb();
  const kept = everyone.get(db, ALL);
  const [started, setStarted] = useState(kept !== undefined);
  // Leaving the screen stops the read of everyone (it would hold up the next screen's reads).
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
    };
  }, []);
  const all =
    useLiveQuery<Customer[] | undefined>(
      () =>
        started
          ? everyone.read(db, ALL, () => customersInNameOrder({ db, stopped: () => left.current }))
          : undefined,
      [started],
    ) ?? kept;
  const loaded = all !== undefined;
  const idsOnly = useLiveQuery<string[] | undefined>(
    () => (loaded ? undefined : customerIdsByName()),
    [loaded],
  );
  if (idsOnly !== undefined && !started) setStarted(true);
  const allIds = useMemo(() => {
    if (!all) return undefined;
    prepareCustomerSearch(all); // here, not in the first keystroke
    return all.map((c) => c.id);
  }, [all]);
  const byId = useMemo(() => (all ? new Map(all.map((c) => [c.id, c])) : undefined), [all]);
  const getRow = useCallback((id: string) => byId?.get(id), [byId]);
  const ids = allIds ?? idsOnly;

  // In memory: matched synchronously, in the render that follows the keystroke.
  const matched = useMemo<SearchAnswer | undefined>(() => {
    if (!all || !q) return undefined;
    const { rows, total } = matchCustomers(all, q, SEARCH_LIMIT);
    return { q, rows, total, more: total > rows.length };
  }, [all, q]);
  // Before the copy has loaded, the index search. Tagged with its query: the hook keeps the previous
  // answer until the next one arrives.
  const queried = useLiveQuery(async (): Promise<SearchAnswer | undefined> => {
    if (loaded || !q) return undefined;
    const rows = await searchCustomers(q, SEARCH_LIMIT);
    return { q, rows, total: rows.length, more: rows.length >= SEARCH_LIMIT };
  }, [q, loaded]);
  const results = q ? (matched ?? queried) : undefined;

  const urlTimer = useRef<number | undefined>(undefined);
  const pendingUrl = useRef<(() => void) | undefined>(undefined);
  const flushUrl = useCallback(() => {
    window.clearTimeout(urlTimer.current);
    const write = pendingUrl.current;
    pendingUrl.current = undefined;
    write?.();
  }, []);
  // Leaving the screen drops a pending write: it would navigate back here.
  useEffect(
    () => () => {
      window.clearTimeout(urlTimer.current);
      pendingUrl.current = undefined;
    },
    [],
  );

  function changeQuery(next: string) {
    setQuery(next);
    window.clearTimeout(urlTimer.current);
    pendingUrl.current = () => setParams(next.trim() ? { q: next } : {}, { replace: true });
    urlTimer.current = window.setTimeout(flushUrl, URL_DELAY);
  }

  function created(c: Customer) {
    setCreating(false);
    notifications.show({ color: 'teal', message: t('saved.created', { name: c.name }) });
  }
  const closeForm = useCallback(() => setCreating(false), []);

  // What the list shows: the search's rows (already in hand), or everyone by name.
  const foundRows = q ? results?.rows : undefined;
  const foundIds = useMemo(() => foundRows?.map((c) => c.id), [foundRows]);
  const foundById = useMemo(() => foundRows && new Map(foundRows.map((c) => [c.id, c])), [foundRows]);
  const getFound = useCallback((id: string) => foundById?.get(id), [foundById]);
  const listIds = q ? (foundIds ?? []) : ids;
  const listRow = q ? getFound : byId ? getRow : undefined;

  const text = useCustomerRowText();
  const renderAllRow = useCallback(
    (c: Customer | undefined, index: number) => (
      <CustomerRow customer={c} index={index} group={ALL} text={text} />
    ),
    [text],
  );
  const renderFoundRow = useCallback(
    (c: Customer | undefined, index: number) => (
      <CustomerRow customer={c} index={index} group={FOUND} text={text} />
    ),
    [text],
  );

  // A new query starts at the top of its list. Scroll offsets are noted as they happen, so when the
  // list is already at the top nothing is read or written (either would force a layout mid-keystroke).
  const listBox = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    const box = listBox.current;
    if (!box) return;
    const onScroll = (e: Event) => {
      scrolled.current = (e.target as HTMLElement).scrollTop > 0;
    };
    box.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => box.removeEventListener('scroll', onScroll, { capture: true });
  });
  useLayoutEffect(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    const list = listBox.current?.querySelector<HTMLElement>('[role="list"]');
    if (list) list.scrollTop = 0;
  }, [q]);

  const noCustomers = ids !== undefined && ids.length === 0;
  // Which query the rows on screen answer (the bench times keystroke -> this). The full list's rows
  // are on screen once the in-memory copy is (or when there is nobody to list).
  const resultsFor = q ? results?.q : loaded || noCustomers ? '' : undefined;

  return (
    <Stack
      gap="md"
      data-results-for={resultsFor}
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--app-shell-padding, 16px))"
    >
      <Group justify="space-between" wrap="nowrap" style={{ flex: 'none' }}>
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {ids !== undefined && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {t('count', { count: ids.length })}
              {q && results?.q === q && ` · ${t('matches', { count: results.total })}`}
            </Text>
          )}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('newCustomer')}
        </Button>
      </Group>

      {noCustomers ? (
        <EmptyShop />
      ) : (
        <>
          <TextInput
            ref={searchRef}
            type="search"
            value={query}
            onChange={(e) => changeQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.preventDefault();
                changeQuery('');
              } else if (e.key === 'ArrowDown') {
                e.preventDefault();
                const group = q ? FOUND : ALL;
                document
                  .querySelector<HTMLElement>(`[data-row-group="${group}"][data-row-index="0"]`)
                  ?.focus();
              }
            }}
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            data-row-target={q ? FOUND : ALL}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSectionWidth={query ? 36 : 44}
            rightSection={
              query ? (
                <CloseButton size="sm" aria-label={t('search.clear')} onClick={() => changeQuery('')} />
              ) : (
                <Tooltip label={t('search.shortcut')}>
                  <Kbd size="xs">/</Kbd>
                </Tooltip>
              )
            }
            style={{ flex: 'none' }}
          />

          {q && results?.q === q && results.rows.length === 0 ? (
            <EmptyState
              icon={<IconUserSearch size={28} />}
              withIndicatorBackground
              title={t('search.noMatchesTitle', { query: q })}
              description={t('search.noMatchesBody')}
              role="status"
              py="xl"
            />
          ) : (
            // One list for both: typing swaps its rows, it does not build (and measure) a new list.
            <Paper
              ref={listBox}
              withBorder
              radius="md"
              className={classes.table}
              style={{ flex: 1 }}
              // Opening a customer writes the typed text to the URL first, so Back finds it.
              onClickCapture={flushUrl}
            >
              <CustomerListHeader />
              <Box style={{ flex: 1, minHeight: 0 }}>
                {listIds && (
                  <VirtualList<Customer>
                    ids={listIds}
                    {...(listRow ? { getRow: listRow } : { load: customersByIds })}
                    rowHeight={ROW_HEIGHT}
                    label={q ? t('list.results') : t('list.label')}
                    scrollId={q ? 'customer-results' : 'customers'}
                    renderRow={q ? renderFoundRow : renderAllRow}
                    overscan={4}
                  />
                )}
              </Box>
              {q && results?.more && (
                <Text size="sm" c="dimmed" ta="center" py="sm" style={{ flex: 'none' }}>
                  {t('search.limited', { count: SEARCH_LIMIT })}
                </Text>
              )}
            </Paper>
          )}
        </>
      )}

      <NewCustomerModal opened={creating} onClose={closeForm} onSaved={created} />
    </Stack>
  );
}

/** The dialog re-renders when it opens or closes, not on every keystroke in the search. */
const NewCustomerModal = memo(
  CustomerFormModal,
  (a, b) => a.opened === b.opened && a.onClose === b.onClose && !a.opened,
);

interface SearchAnswer {
  q: string;
  /** The first SEARCH_LIMIT matches, by name. */
  rows: Customer[];
  /** How many match in all. */
  total: number;
  /** More match than are shown. */
  more: boolean;
}
