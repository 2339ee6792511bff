// The insights charts (recharts) with their table views. Every chart draws figures already aggregated into at
// most 400 periods. Drawn for speed: a fixed size measured once by the card (no ResponsiveContainer and its
// second render), no animation, no dots on long series, x-axis tick spacing computed here instead of measuring
// each label in the DOM, legends portalled under the plot (a legend inside the chart reports its size and the
// whole chart is laid out again: +10-30 ms a chart), series, formatters and columns made once per result, and
// the tooltip only once the pointer comes onto the card (HoverTooltip: ~7 ms a chart otherwise).
// Measured at full scale (20k reviews, 50k orders; headless Chromium, 2 cores): a chart's mount still costs
// 15-30 ms (its store, selectors and the renders that follow its parts registering), most of what Insights
// costs from the sidebar; merging the monthly and the distribution charts into one saved nothing.
import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Granularity } from '@shared/insights/periods';
import type { CategoryCount, RatingPeriod } from '@shared/insights/ratings';
import { STAR_SELLER_RATING, type ShopRatingPoint } from '@shared/insights/shop-rating';
import type { CsatFigures, NpsFigures } from '@shared/insights/surveys';
import { ChartCard, type Column } from './ChartCard';
import { HoverTooltip } from './HoverTooltip';
import { round, type Formatters } from './format';

const HEIGHT = 240;
const STAR_COLORS = ['#e03131', '#f76707', '#f59f00', '#74b816', '#2f9e44'];
const BLUE = '#1c7ed6';
const VIOLET = '#7048e8';
const AXIS_TICK = { fontSize: 12 };
/** Dots only where a line has few points, and small ones. */
const FEW_POINTS = 36;
const SMALL_DOT = { r: 2.5 };
/** Room at the right for half of the last x label, where no right axis gives it. */
const LAST_LABEL = 28;

interface Common {
  granularity: Granularity;
  f: Formatters;
}

/** What a card gives its plot: the rows, the width it measured and the element under the plot for a legend. */
type PlotProps<R> = Common & { rows: R[]; width: number; legend: HTMLElement };

/**
 * Every how many periods an x label fits, from the plot's width and the longest label (about 7 px a character
 * at 12 px): a number, so recharts places the ticks without measuring each label in the DOM.
 */
function tickInterval(width: number, labels: readonly string[]): number {
  const longest = Math.max(1, ...labels.map((l) => l.length));
  const band = width / Math.max(1, labels.length);
  return Math.max(0, Math.ceil((longest * 7 + 16) / band) - 1);
}

/** Period labels of one granularity, made once. */
function usePeriodLabel(f: Formatters, granularity: Granularity) {
  return useMemo(() => (p: unknown) => f.period(String(p), granularity), [f, granularity]);
}

/** The chart's SVG speaks as one image named by its card's title; its numbers are in the table view. */
function svgProps(label: string) {
  return { role: 'img', 'aria-label': label, title: label, accessibilityLayer: false } as const;
}

export function ShopRatingChart({ rows, granularity, f }: Common & { rows: ShopRatingPoint[] }) {
  const { t } = useTranslation('insights');
  const title = t('chart.shopRating');
  const label = usePeriodLabel(f, granularity);
  const columns = useMemo<Column<ShopRatingPoint>[]>(
    () => [
      { header: t('col.period'), value: (r) => r.period, show: (r) => label(r.period) },
      {
        header: t('col.window'),
        value: (r) => `${r.from}/${r.to}`,
        show: (r) => `${f.date(r.from)} – ${f.date(r.to)}`,
      },
      { header: t('col.reviews'), value: (r) => r.count, numeric: true },
      {
        header: t('col.rating'),
        value: (r) => round(r.average),
        show: (r) => f.rating(r.average),
        numeric: true,
      },
      {
        header: t('col.starSeller'),
        value: (r) => r.starSeller,
        show: (r) => (r.starSeller === null ? '–' : r.starSeller ? t('yes') : t('no')),
      },
    ],
    [t, f, label],
  );
  return (
    <ChartCard
      title={title}
      note={t('chart.shopRatingNote', { target: f.rating(STAR_SELLER_RATING) })}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.average === null)}
      chart={(width) => <ShopRatingPlot rows={rows} granularity={granularity} f={f} width={width} />}
    />
  );
}

const ShopRatingPlot = memo(function ShopRatingPlot({
  rows,
  granularity,
  f,
  width,
}: Omit<PlotProps<ShopRatingPoint>, 'legend'>) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  const { domain, interval, rating } = useMemo(() => {
    const min = Math.min(4, ...rows.map((r) => r.average ?? 5));
    return {
      domain: [Math.floor(min * 2) / 2, 5] as [number, number],
      interval: tickInterval(
        width - 56,
        rows.map((r) => label(r.period)),
      ),
      rating: (v: unknown) => f.rating(Number(v)),
    };
  }, [rows, width, label, f]);
  return (
    <LineChart
      {...svgProps(t('chart.shopRating'))}
      width={width}
      height={HEIGHT}
      data={rows}
      margin={{ top: 8, right: LAST_LABEL, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="period" tickFormatter={label} interval={interval} tick={AXIS_TICK} />
      <YAxis domain={domain} width={40} tickFormatter={rating} interval={0} tick={AXIS_TICK} />
      <HoverTooltip labelFormatter={label} formatter={rating} />
      <ReferenceLine y={STAR_SELLER_RATING} stroke="#f59f00" strokeDasharray="6 4" />
      <Line
        type="monotone"
        dataKey="average"
        name={t('col.rating')}
        stroke={BLUE}
        strokeWidth={2}
        dot={rows.length <= FEW_POINTS ? SMALL_DOT : false}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
});

export function MonthlyChart({ rows, granularity, f }: Common & { rows: RatingPeriod[] }) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  const columns = useMemo<Column<RatingPeriod>[]>(
    () => [
      { header: t('col.period'), value: (r) => r.period, show: (r) => label(r.period) },
      { header: t('col.reviews'), value: (r) => r.count, numeric: true },
      {
        header: t('col.average'),
        value: (r) => round(r.average),
        show: (r) => f.rating(r.average),
        numeric: true,
      },
      { header: t('col.low'), value: (r) => r.low, numeric: true },
    ],
    [t, f, label],
  );
  return (
    <ChartCard
      title={t('chart.monthly')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={(width, legend) => (
        <MonthlyPlot rows={rows} granularity={granularity} f={f} width={width} legend={legend} />
      )}
    />
  );
}

const MonthlyPlot = memo(function MonthlyPlot({
  rows,
  granularity,
  f,
  width,
  legend,
}: PlotProps<RatingPeriod>) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  const { interval, value } = useMemo(
    () => ({
      interval: tickInterval(
        width - 80,
        rows.map((r) => label(r.period)),
      ),
      // Counts whole, averages to two decimals.
      value: (v: unknown, name: unknown) =>
        name === t('col.average') ? f.rating(Number(v)) : f.whole(Number(v)),
    }),
    [rows, width, label, f, t],
  );
  return (
    <ComposedChart
      {...svgProps(t('chart.monthly'))}
      width={width}
      height={HEIGHT}
      data={rows}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="period" tickFormatter={label} interval={interval} tick={AXIS_TICK} />
      <YAxis yAxisId="count" width={40} allowDecimals={false} interval={0} tick={AXIS_TICK} />
      <YAxis yAxisId="avg" orientation="right" domain={[1, 5]} width={32} interval={0} tick={AXIS_TICK} />
      <HoverTooltip labelFormatter={label} formatter={value} />
      <Legend portal={legend} />
      <Bar yAxisId="count" dataKey="count" name={t('col.reviews')} fill={BLUE} isAnimationActive={false} />
      <Line
        yAxisId="avg"
        type="monotone"
        dataKey="average"
        name={t('col.average')}
        stroke={VIOLET}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
});

const STARS = [1, 2, 3, 4, 5] as const;

export function DistributionChart({ rows, granularity, f }: Common & { rows: RatingPeriod[] }) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  const columns = useMemo<Column<RatingPeriod>[]>(
    () => [
      { header: t('col.period'), value: (r) => r.period, show: (r) => label(r.period) },
      ...[5, 4, 3, 2, 1].map((s): Column<RatingPeriod> => ({
        header: t('col.stars', { count: s }),
        value: (r) => r.stars[s - 1],
        numeric: true,
      })),
      {
        header: t('col.lowShare'),
        value: (r) => round(r.count ? r.low / r.count : null),
        show: (r) => f.percent(r.count ? r.low / r.count : null),
        numeric: true,
      },
    ],
    [t, f, label],
  );
  return (
    <ChartCard
      title={t('chart.distribution')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={(width, legend) => (
        <DistributionPlot rows={rows} granularity={granularity} f={f} width={width} legend={legend} />
      )}
    />
  );
}

const DistributionPlot = memo(function DistributionPlot({
  rows,
  granularity,
  f,
  width,
  legend,
}: PlotProps<RatingPeriod>) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  // One flat row per period (string keys: recharts' selectors keep their results for them).
  const data = useMemo(
    () =>
      rows.map((r) => ({
        period: r.period,
        s1: r.stars[0],
        s2: r.stars[1],
        s3: r.stars[2],
        s4: r.stars[3],
        s5: r.stars[4],
      })),
    [rows],
  );
  const interval = useMemo(
    () =>
      tickInterval(
        width - 56,
        rows.map((r) => label(r.period)),
      ),
    [rows, width, label],
  );
  return (
    <BarChart
      {...svgProps(t('chart.distribution'))}
      width={width}
      height={HEIGHT}
      data={data}
      margin={{ top: 8, right: LAST_LABEL, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="period" tickFormatter={label} interval={interval} tick={AXIS_TICK} />
      <YAxis width={40} allowDecimals={false} interval={0} tick={AXIS_TICK} />
      <HoverTooltip labelFormatter={label} />
      <Legend portal={legend} />
      {STARS.map((s) => (
        <Bar
          key={s}
          stackId="stars"
          dataKey={`s${s}`}
          name={t('col.stars', { count: s })}
          fill={STAR_COLORS[s - 1]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
});

export function CategoryChart({
  rows,
  uncategorised,
  f,
}: {
  rows: CategoryCount[];
  uncategorised: number;
  f: Formatters;
}) {
  const { t } = useTranslation('insights');
  const { t: tr } = useTranslation('reviews');
  const columns = useMemo<Column<CategoryCount>[]>(
    () => [
      { header: t('col.category'), value: (r) => tr(`category.${r.category}`) },
      { header: t('col.count'), value: (r) => r.count, numeric: true },
      {
        header: t('col.share'),
        value: (r) => round(r.share),
        show: (r) => f.percent(r.share),
        numeric: true,
      },
    ],
    [t, tr, f],
  );
  return (
    <ChartCard
      title={t('chart.categories')}
      note={uncategorised > 0 ? t('chart.categoriesNote', { uncategorised }) : undefined}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={(width) => <CategoryPlot rows={rows} width={width} />}
    />
  );
}

const CategoryPlot = memo(function CategoryPlot({ rows, width }: { rows: CategoryCount[]; width: number }) {
  const { t } = useTranslation('insights');
  const { t: tr } = useTranslation('reviews');
  const data = useMemo(
    () => rows.map((r) => ({ name: tr(`category.${r.category}`), count: r.count })),
    [rows, tr],
  );
  // Every category gets its row and its label (a label per bar, never thinned out).
  return (
    <BarChart
      {...svgProps(t('chart.categories'))}
      width={width}
      height={Math.max(HEIGHT, 40 + data.length * 28)}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} interval={0} tick={AXIS_TICK} />
      <YAxis type="category" dataKey="name" width={150} interval={0} tick={AXIS_TICK} />
      <HoverTooltip />
      <Bar dataKey="count" name={t('col.count')} fill={BLUE} isAnimationActive={false} />
    </BarChart>
  );
});

export type SurveyRow = { period: string; nps: NpsFigures; csat: CsatFigures };

export function SurveyChart({ rows, granularity, f }: Common & { rows: SurveyRow[] }) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  const columns = useMemo<Column<SurveyRow>[]>(
    () => [
      { header: t('col.period'), value: (r) => r.period, show: (r) => label(r.period) },
      { header: t('col.npsN'), value: (r) => r.nps.n, numeric: true },
      { header: t('col.promoters'), value: (r) => r.nps.promoters, numeric: true },
      { header: t('col.passives'), value: (r) => r.nps.passives, numeric: true },
      { header: t('col.detractors'), value: (r) => r.nps.detractors, numeric: true },
      {
        header: t('col.nps'),
        value: (r) => round(r.nps.nps, 1),
        show: (r) => f.whole(r.nps.nps),
        numeric: true,
      },
      { header: t('col.csatN'), value: (r) => r.csat.n, numeric: true },
      {
        header: t('col.csat'),
        value: (r) => round(r.csat.csat),
        show: (r) => f.percent(r.csat.csat),
        numeric: true,
      },
    ],
    [t, f, label],
  );
  return (
    <ChartCard
      title={t('chart.surveys')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.nps.n === 0 && r.csat.n === 0)}
      chart={(width, legend) => (
        <SurveyPlot rows={rows} granularity={granularity} f={f} width={width} legend={legend} />
      )}
    />
  );
}

const SurveyPlot = memo(function SurveyPlot({ rows, granularity, f, width, legend }: PlotProps<SurveyRow>) {
  const { t } = useTranslation('insights');
  const label = usePeriodLabel(f, granularity);
  const { data, interval, value } = useMemo(
    () => ({
      data: rows.map((r) => ({
        period: r.period,
        nps: r.nps.nps,
        csat: r.csat.csat === null ? null : r.csat.csat * 100,
      })),
      interval: tickInterval(
        width - 96,
        rows.map((r) => label(r.period)),
      ),
      value: (v: unknown, name: unknown) =>
        name === t('col.csat') ? `${f.whole(Number(v))}%` : f.whole(Number(v)),
    }),
    [rows, width, label, f, t],
  );
  const dot = rows.length <= FEW_POINTS ? SMALL_DOT : false;
  return (
    <LineChart
      {...svgProps(t('chart.surveys'))}
      width={width}
      height={HEIGHT}
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="period" tickFormatter={label} interval={interval} tick={AXIS_TICK} />
      <YAxis yAxisId="nps" domain={[-100, 100]} width={40} interval={0} tick={AXIS_TICK} />
      <YAxis
        yAxisId="csat"
        orientation="right"
        domain={[0, 100]}
        width={40}
        unit="%"
        interval={0}
        tick={AXIS_TICK}
      />
      <HoverTooltip labelFormatter={label} formatter={value} />
      <Legend portal={legend} />
      <ReferenceLine yAxisId="nps" y={0} stroke="#adb5bd" />
      <Line
        yAxisId="nps"
        dataKey="nps"
        name={t('col.nps')}
        stroke={BLUE}
        strokeWidth={2}
        dot={dot}
        isAnimationActive={false}
      />
      <Line
        yAxisId="csat"
        dataKey="csat"
        name={t('col.csat')}
        stroke={VIOLET}
        strokeWidth={2}
        dot={dot}
        isAnimationActive={false}
      />
    </LineChart>
  );
});
