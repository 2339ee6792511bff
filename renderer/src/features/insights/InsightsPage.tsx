import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChartLine, IconMessageStar } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { addDays } from '@shared/dates';
import {
  ratingSummaryFromDays,
  recoveredCountFromDays,
  ratingsByPeriodFromDays,
  reviewsByCategoryFromDays,
} from '@shared/insights/ratings';
import { rangePresets, type RangeChoice, type RangePreset } from '@shared/insights/range';
import { requestConversion } from '@shared/insights/review-requests';
import { firstResponseFigures } from '@shared/insights/service';
import {
  rollingShopRatingFromDays,
  shopRatingOnFromDays,
  STAR_SELLER_RATING,
} from '@shared/insights/shop-rating';
import {
  csatByPeriodFromDays,
  csatFromDays,
  npsByPeriodFromDays,
  npsFromDays,
} from '@shared/insights/surveys';
import { appDb } from '@/db/db';
import { insightsData, type InsightsData } from '@/db/insights-reads';
import { resultCache } from '@/db/result-cache';
import { bootRead } from '@/app/boot-read';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { DateField, OrderDatesProvider } from '@/features/orders/DateField';
import { CategoryChart, DistributionChart, MonthlyChart, ShopRatingChart, SurveyChart } from './Charts';
import { NotesSurprises } from './NotesSurprises';
import { CardWidthGuess, useWidth } from './useWidth';
import { formatters, type Formatters } from './format';

const HOUR = 3_600_000;

const firstRead = bootRead<InsightsData>();
/** Every table the figures are read from (insights-reads.ts). */
const results = resultCache<InsightsData>([
  'reviewMonths',
  'surveyMonths',
  'caseMonths',
  'reminders',
  'reviews',
]);

/** `/insights`: shop rating, review trends, surveys, service and review requests over a date range. */
export default function InsightsPage() {
  const { t } = useTranslation(['insights', 'reviews']);
  const [preset, setPreset] = useState<RangePreset>('365d');
  const day = today();
  const [custom, setCustom] = useState<{ from: string | null; to: string | null }>({
    from: addDays(day, -89),
    to: day,
  });
  const choice: RangeChoice =
    preset === 'custom'
      ? { preset, from: custom.from ?? custom.to ?? day, to: custom.to ?? custom.from ?? day }
      : { preset };
  const key = `${JSON.stringify(choice)} ${day}`;
  const db = appDb();
  const read = () => results.read(db, key, () => insightsData(choice, day, { db }));
  // Back on the screen with nothing written since: the figures of the last visit, at once.
  const kept = results.get(db, key);
  // Otherwise the first figures are read from the first render on, not after the first paint (when the live
  // query would start); the live query, which keeps them current, starts once they are in (see app/boot-read).
  useState(() => kept ?? firstRead.start(read));
  const first = firstRead.use();
  const live = useLiveQuery(() => (first.pending ? undefined : read()), [key, first.pending]);
  if (live) firstRead.release();
  // While another range is read, the figures of the last one stay on screen.
  const [shown, setShown] = useState(live);
  if (live && live !== shown) setShown(live);
  const data = live ?? shown ?? kept ?? first.data;
  // Measured while the data is read, so the charts can be drawn at their size as soon as it is in.
  const { ref: pageRef, width: pageWidth } = useWidth<HTMLDivElement>();

  return (
    <Stack ref={pageRef} gap="lg" maw={1280} data-insights-ready={data ? '' : undefined}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          {data?.any && <RangeText data={data} />}
        </Stack>
        <OrderDatesProvider>
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              aria-label={t('range.label')}
              value={preset}
              onChange={(v) => setPreset(v as RangePreset)}
              data={rangePresets.map((p) => ({ value: p, label: t(`range.${p}`) }))}
            />
            {preset === 'custom' && (
              <>
                <DateField
                  aria-label={t('range.from')}
                  placeholder={t('range.from')}
                  value={custom.from}
                  onChange={(v) => setCustom((c) => ({ ...c, from: v }))}
                  w={150}
                />
                <DateField
                  aria-label={t('range.to')}
                  placeholder={t('range.to')}
                  value={custom.to}
                  onChange={(v) => setCustom((c) => ({ ...c, to: v }))}
                  w={150}
                />
              </>
            )}
          </Group>
        </OrderDatesProvider>
      </Group>
      {data === undefined ? (
        <Loader m="xl" aria-label={t('loading')} />
      ) : !data.any ? (
        <EmptyState
          mt="xl"
          icon={<IconMessageStar size={30} aria-hidden />}
          withIndicatorBackground
          title={t('empty.title')}
          description={t('empty.body')}
        >
          <EmptyState.Actions>
            <Button component={Link} to="/reviews" leftSection={<IconChartLine size={16} aria-hidden />}>
              {t('empty.action')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Figures data={data} pageWidth={pageWidth} />
      )}
    </Stack>
  );
}

function RangeText({ data }: { data: InsightsData }) {
  const { t } = useTranslation('insights');
  const f = useFormat();
  return (
    <Text c="dimmed" size="sm">
      {t('subtitle', { from: f.date(data.range.from), to: f.date(data.range.to) })}
    </Text>
  );
}

/** The charts of one result: drawn again only for another result (not when the range picker changes). */
const Figures = memo(function Figures({ data, pageWidth }: { data: InsightsData; pageWidth: number | null }) {
  const { locale } = useFormat();
  const f = useMemo(() => formatters(locale), [locale]);
  const figures = useMemo(() => compute(data), [data]);
  const g = figures.granularity;
  const guess = cardWidths(pageWidth);
  return (
    <Stack gap="lg">
      <Kpis figures={figures} f={f} />
      <CardWidthGuess.Provider value={guess.full}>
        <ShopRatingChart rows={figures.shop.rows} granularity={figures.shop.granularity} f={f} />
      </CardWidthGuess.Provider>
      <CardWidthGuess.Provider value={guess.half}>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <MonthlyChart rows={figures.monthly.rows} granularity={g} f={f} />
          <DistributionChart rows={figures.monthly.rows} granularity={g} f={f} />
          <CategoryChart
            rows={figures.categories.rows}
            uncategorised={figures.categories.uncategorised}
            f={f}
          />
          <SurveyChart rows={figures.surveyRows} granularity={figures.surveyGranularity} f={f} />
        </SimpleGrid>
      </CardWidthGuess.Provider>
      <LaterNotesSurprises range={data.range} f={f} />
    </Stack>
  );
});

/**
 * The notes & surprises table reads every order (about a second of database work at 50k orders), so it is
 * read when it comes near the screen (it sits below the charts), not on every visit: a seller who looks at
 * the charts and moves on does not leave that read queued in front of the next screen's.
 */
function LaterNotesSurprises({ range, f }: { range: InsightsData['range']; f: Formatters }) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '300px',
    });
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return near ? <NotesSurprises range={range} f={f} /> : <div ref={ref} style={{ minHeight: 120 }} />;
}

/**
 * The content width of the chart cards, from the page's width: a card is the page's width (the shop rating)
 * or half of it less the grid's gap from Mantine's lg breakpoint on, less the card's padding (md) and border.
 * A guess checked by each card when it mounts: a wrong one only costs the redraw the guess was meant to save.
 */
function cardWidths(page: number | null): { full: number | null; half: number | null } {
  if (page === null) return { full: null, half: null };
  const inner = (card: number) => Math.floor(card - 2 * 16 - 2);
  const twoColumns = window.matchMedia('(min-width: 75em)').matches;
  return { full: inner(page), half: inner(twoColumns ? (page - 20) / 2 : page) };
}

type Figures = ReturnType<typeof compute>;

function compute(data: InsightsData) {
  const { range } = data;
  const now = Date.now();
  const days = data.reviewDays;
  const etsy = days.filter((d) => d.channel === 'etsy');
  const shop = rollingShopRatingFromDays(etsy, range, 'month');
  const current = shopRatingOnFromDays(etsy, range.to);
  const monthly = ratingsByPeriodFromDays(days, range, 'month');
  const summary = ratingSummaryFromDays(days, range);
  const recovery = recoveredCountFromDays(days, range);
  const categories = reviewsByCategoryFromDays(days, range);
  const nps = npsFromDays(data.surveyDays, range);
  const csat = csatFromDays(data.surveyDays, range);
  const npsRows = npsByPeriodFromDays(data.surveyDays, range, 'month');
  const csatRows = csatByPeriodFromDays(data.surveyDays, range, 'month');
  const surveyRows = npsRows.rows.map((r, i) => ({
    period: r.period,
    nps: r,
    csat: csatRows.rows[i] ?? { n: 0, satisfied: 0, csat: null },
  }));
  const service = firstResponseFigures(data.cases, range, now);
  const requests = requestConversion(data.requests, data.requestedReviews, range, today());
  return {
    granularity: monthly.granularity,
    shop,
    current,
    monthly,
    summary,
    recovery,
    categories,
    nps,
    csat,
    surveyRows,
    surveyGranularity: npsRows.granularity,
    service,
    requests,
  };
}

function Kpi({
  label,
  value,
  hint,
  extra,
}: {
  label: string;
  value: string;
  hint?: string;
  extra?: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={26} fw={700} data-kpi-value>
          {value}
        </Text>
        {extra}
      </Group>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

function Kpis({ figures: x, f }: { figures: Figures; f: Formatters }) {
  const { t } = useTranslation('insights');
  const target = f.rating(STAR_SELLER_RATING);
  const decided = x.service.answered + x.service.overdue;
  const counted = x.requests.requested - x.requests.alreadyReviewed;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" role="region" aria-label={t('kpi.label')}>
      <Kpi
        label={t('kpi.shopRating')}
        value={f.rating(x.current.average)}
        hint={t('kpi.shopRatingHint', { count: x.current.count, target })}
        extra={
          x.current.starSeller === null ? undefined : x.current.starSeller ? (
            <Badge color="yellow" variant="light" tt="none">
              {t('kpi.starSeller')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" tt="none">
              {t('kpi.belowStarSeller', { target })}
            </Badge>
          )
        }
      />
      <Kpi
        label={t('kpi.reviews')}
        value={f.whole(x.summary.count)}
        hint={t('kpi.reviewsHint', { average: f.rating(x.summary.average) })}
      />
      <Kpi
        label={t('kpi.lowShare')}
        value={f.percent(x.summary.lowShare)}
        hint={
          x.recovery.everBad > 0
            ? `${t('kpi.lowShareHint', { count: x.summary.low })} · ${t('kpi.recovered', x.recovery)}`
            : t('kpi.lowShareHint', { count: x.summary.low })
        }
      />
      <Kpi label={t('kpi.nps')} value={f.whole(x.nps.nps)} hint={t('kpi.answers', { count: x.nps.n })} />
      <Kpi
        label={t('kpi.csat')}
        value={f.percent(x.csat.csat)}
        hint={t('kpi.answers', { count: x.csat.n })}
      />
      <Kpi
        label={t('kpi.medianResponse')}
        value={
          x.service.medianMs === null
            ? f.rating(null)
            : t('hours', { value: f.oneDecimal(x.service.medianMs / HOUR) })
        }
        hint={t('kpi.medianResponseHint', { count: x.service.answered })}
      />
      <Kpi
        label={t('kpi.onTime')}
        value={f.percent(x.service.onTimeShare)}
        hint={t('kpi.onTimeHint', { onTime: x.service.onTime, decided })}
      />
      <Kpi
        label={t('kpi.requests')}
        value={f.percent(x.requests.share)}
        hint={t('kpi.requestsHint', {
          reviewed: x.requests.reviewed,
          counted: Math.max(0, counted),
          waiting: x.requests.waiting,
        })}
      />
    </SimpleGrid>
  );
}
