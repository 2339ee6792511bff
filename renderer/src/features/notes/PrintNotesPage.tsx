import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconFileTypePdf,
  IconMailOff,
  IconPrinter,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { i18next } from '@/app/i18n';
import { languages, loaders } from '@/app/i18n/resources';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CANCELED, type Result } from '@shared/ipc/contract';
import { today } from '@/app/clock';
import { errorMessage } from '@/app/errors';
import { useSetting } from '@/app/useSetting';
import { markNotesPrinted, noteCards, type NoteCard } from '@/db/note-cards';
import { writeSetting } from '@/db/settings';
import { shopSetting } from '@/db/shop-settings';
import { desktop, isDesktop } from '@/platform/desktop';
import { CutMarks } from './print/CutMarks';
import { charsOf, loadCardFonts, useCardFontsLoaded } from './print/fonts';
import { NoteCardView, type Fit } from './print/NoteCardView';
import { parseNoteCardParams } from './print/params';
import { noteCardPrintSetting, type NoteCardPrintChoice } from './print/settings';
import {
  cardFonts,
  cardSizes,
  pageRule,
  paginate,
  sizeSpecs,
  type CardFont,
  type CardSize,
} from './print/sizes';
import classes from './print/print.module.css';

const sizeLabelKeys = {
  a6: 'size.a6',
  '4x6': 'size.card4x6',
  '3.5x2': 'size.card35x2',
  'a4-4up': 'size.a4x4',
} as const satisfies Record<CardSize, string>;

const layoutClasses: Record<CardSize, string | undefined> = {
  a6: classes.a6,
  '4x6': classes.card4x6,
  '3.5x2': classes.card35x2,
  'a4-4up': classes.a4x4,
};

/** When the browser reports that the print dialog opened instead of a PDF being saved. */
const BROWSER_PRINT_DIALOG = 'browser-print-dialog';

/** The note-card print view (outside the app shell): /print/notes?orders=id1,id2&size=a6&font=hand */
/** Cards print in each customer's language, whatever the app's: the print words in both languages. */
let bothLanguages: Promise<void> | undefined;
const haveBoth = () => languages.every((lng) => i18next.hasResourceBundle(lng, 'print'));
function loadPrintWordsInBothLanguages() {
  bothLanguages ??= loaders.print!().then((b) => {
    for (const lng of languages)
      if (!i18next.hasResourceBundle(lng, 'print')) i18next.addResourceBundle(lng, 'print', b[lng]);
  });
  return bothLanguages;
}

export default function PrintNotesPage() {
  const [ready, setReady] = useState(haveBoth);
  useEffect(() => {
    if (!ready) void loadPrintWordsInBothLanguages().then(() => setReady(true));
  }, [ready]);
  return ready ? <PrintNotes /> : null;
}

function PrintNotes() {
  const { t } = useTranslation('print');
  const [params] = useSearchParams();
  const { orderIds } = parseNoteCardParams(params);
  const idsKey = orderIds.join(',');
  const cards = useLiveQuery(
    () => (idsKey === '' ? Promise.resolve([]) : noteCards(idsKey.split(','))),
    [idsKey],
  );
  const saved = useSetting(noteCardPrintSetting);
  // The shop's name, printed small at the foot of each card when the seller has set one.
  const shopName = useSetting(shopSetting)?.name;

  if (orderIds.length === 0) return <Empty kind="none" />;
  if (cards === undefined || saved === undefined || shopName === undefined) {
    return (
      <Center mih="60vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (cards.length === 0) return <Empty kind="notFound" />;
  return <PrintView cards={cards} orderIds={orderIds} saved={saved} shopName={shopName} />;
}

function useBack() {
  const navigate = useNavigate();
  return useCallback(() => {
    // Back where the seller came from; a print view opened directly goes to Today.
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) navigate(-1);
    else navigate('/today');
  }, [navigate]);
}

function BackButton() {
  const { t } = useTranslation('print');
  const back = useBack();
  return (
    <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={back}>
      {t('back')}
    </Button>
  );
}

function Empty({ kind }: { kind: 'none' | 'notFound' }) {
  const { t } = useTranslation('print');
  return (
    <EmptyState
      mt="xl"
      icon={<IconMailOff size={32} aria-hidden />}
      variant="light"
      color="gray"
      title={t(`empty.${kind}Title`)}
      description={t(`empty.${kind}Body`)}
    >
      <EmptyState.Actions>
        <BackButton />
      </EmptyState.Actions>
    </EmptyState>
  );
}

interface ViewProps {
  cards: NoteCard[];
  orderIds: string[];
  saved: NoteCardPrintChoice;
  shopName: string;
}

function PrintView({ cards, orderIds, saved, shopName }: ViewProps) {
  const { t, i18n } = useTranslation('print');
  const [params, setParams] = useSearchParams();
  const chosen = parseNoteCardParams(params);
  const size = chosen.size ?? saved.size;
  const font = chosen.font ?? saved.font;
  const { recipient, shopLine } = saved;
  const footer = shopLine ? shopName : '';
  const spec = sizeSpecs[size];
  const pages = paginate(cards, size);
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);

  const chars = useMemo(
    () => charsOf(cards.map((c) => `${c.body}${c.customerName}`).join('') + shopName),
    [cards, shopName],
  );
  const fontsLoaded = useCardFontsLoaded(font, chars);

  const [fits, setFits] = useState<Record<string, boolean>>({});
  const onFit = useCallback(
    (orderId: string, fit: Fit) =>
      setFits((prev) => (prev[orderId] === fit.overflow ? prev : { ...prev, [orderId]: fit.overflow })),
    [],
  );
  const tooLong = cards.filter((c) => fits[c.orderId]).length;
  const missing = orderIds.filter((id) => !cards.some((c) => c.orderId === id));

  const pdfName = t('pdfName', { date: today() });
  useEffect(() => {
    // The browser's "Save as PDF" names the file after the page.
    const before = document.title;
    document.title = pdfName;
    return () => {
      document.title = before;
    };
  }, [pdfName]);

  function choose(next: Partial<typeof saved>) {
    const value = { size, font, recipient, shopLine, ...next };
    if (next.size || next.font) {
      setParams(
        (p) => {
          const copy = new URLSearchParams(p);
          copy.set('size', value.size);
          copy.set('font', value.font);
          return copy;
        },
        { replace: true },
      );
    }
    void writeSetting(noteCardPrintSetting, value).catch(() => undefined);
  }

  async function markPrinted() {
    try {
      await markNotesPrinted(cards);
      notifications.show({ color: 'teal', message: t('notify.printed', { count: cards.length }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  }

  function askWhetherPrinted() {
    modals.openConfirmModal({
      title: t('confirm.title'),
      children: <Text size="sm">{t('confirm.body')}</Text>,
      labels: { confirm: t('confirm.yes'), cancel: t('confirm.no') },
      onConfirm: () => void markPrinted(),
    });
  }

  async function run(kind: 'print' | 'pdf') {
    if (busy) return;
    setBusy(kind);
    try {
      await loadCardFonts(font, chars);
      const result: Result<{ path?: string }> =
        kind === 'print'
          ? await desktop.print({ pageSize: spec.pageSize, margins: 'none' })
          : await desktop.printToPdf({ suggestedName: pdfName, pageSize: spec.pageSize, margins: 'none' });
      if (result.ok && !isDesktop) {
        // window.print() returns without saying whether the seller printed or cancelled.
        askWhetherPrinted();
      } else if (result.ok) {
        if (result.path)
          notifications.show({ color: 'teal', message: t('notify.saved', { path: result.path }) });
        await markPrinted();
      } else if (result.reason === BROWSER_PRINT_DIALOG) {
        askWhetherPrinted();
      } else if (result.reason !== CANCELED) {
        const key = kind === 'print' ? 'notify.printFailed' : 'notify.pdfFailed';
        notifications.show({ color: 'red', message: t(key, { reason: result.reason }) });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    } finally {
      setBusy(null);
    }
  }

  useHotkeys([['mod+P', () => void run('print')]]);

  const recipientLine = (card: NoteCard) =>
    recipient ? i18n.getFixedT(card.language, 'print')('card.for', { name: card.customerName }) : null;

  return (
    <div className={classes.screen}>
      {/* The paper size: from the fixed size table, never from user text. */}
      <style data-testid="page-rule">{pageRule(size)}</style>
      <header className={classes.toolbar} aria-label={t('toolbar')}>
        <Group justify="space-between" align="center" gap="md" wrap="wrap">
          <Group gap="md" align="center" wrap="wrap">
            <BackButton />
            <Stack gap={0}>
              <Title order={1} size="h4">
                {t('title')}
              </Title>
              <Text size="sm" c="dimmed" data-testid="card-count">
                {t('cards', { count: cards.length })}
                {spec.cardsPerPage > 1 && ` ${t('sheets', { count: pages.length })}`}
              </Text>
            </Stack>
          </Group>
          <Group gap="md" align="center" wrap="wrap">
            <Stack gap={2}>
              <Text size="xs" fw={500} id="print-size-label">
                {t('size.label')}
              </Text>
              <SegmentedControl
                aria-labelledby="print-size-label"
                size="xs"
                value={size}
                onChange={(v) => choose({ size: v as CardSize })}
                data={cardSizes.map((s) => ({ value: s, label: t(sizeLabelKeys[s]) }))}
              />
            </Stack>
            <Stack gap={2}>
              <Text size="xs" fw={500} id="print-font-label">
                {t('font.label')}
              </Text>
              <SegmentedControl
                aria-labelledby="print-font-label"
                size="xs"
                value={font}
                onChange={(v) => choose({ font: v as CardFont })}
                data={cardFonts.map((f) => ({ value: f, label: t(`font.${f}`) }))}
              />
            </Stack>
            <Switch
              mt="md"
              size="sm"
              label={t('recipient')}
              checked={recipient}
              onChange={(e) => choose({ recipient: e.currentTarget.checked })}
            />
            {shopName !== '' && (
              <Switch
                mt="md"
                size="sm"
                label={t('shopLine')}
                checked={shopLine}
                onChange={(e) => choose({ shopLine: e.currentTarget.checked })}
              />
            )}
          </Group>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() => void run('pdf')}
              loading={busy === 'pdf'}
              disabled={busy !== null && busy !== 'pdf'}
            >
              {t('savePdf')}
            </Button>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => void run('print')}
              loading={busy === 'print'}
              disabled={busy !== null && busy !== 'print'}
            >
              {t('print')}
            </Button>
          </Group>
        </Group>
        {!isDesktop && (
          <Text size="xs" c="dimmed" ta="right" mt={4}>
            {t('browserPdfHint')}
          </Text>
        )}
      </header>

      {(missing.length > 0 || tooLong > 0) && (
        <Stack className={classes.notices} gap="xs">
          {missing.length > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />}>
              {t('unknown', { count: missing.length, ids: shortList(missing) })}
            </Alert>
          )}
          {tooLong > 0 && (
            <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />}>
              {t('tooLongSummary', { count: tooLong })}
            </Alert>
          )}
        </Stack>
      )}

      <main
        className={`${classes.preview} ${layoutClasses[size] ?? ''}`}
        aria-label={t('preview')}
        data-size={size}
        data-font={font}
        data-ready={fontsLoaded || undefined}
      >
        {pages.map((page, i) => (
          <section
            key={`${size}-${i}`}
            className={`${classes.page} ${spec.cardsPerPage > 1 ? classes.sheet : ''}`}
            style={{ width: `${spec.paper.width}mm`, height: `${spec.paper.height}mm` }}
            data-testid="print-page"
          >
            {page.map((card) => (
              <NoteCardView
                key={card.orderId}
                card={card}
                size={size}
                font={font}
                recipient={recipientLine(card)}
                shopName={footer}
                fontsLoaded={fontsLoaded}
                onFit={onFit}
              />
            ))}
            {spec.cardsPerPage > 1 && <CutMarks />}
          </section>
        ))}
      </main>
    </div>
  );
}

function shortList(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')}, …`;
}
