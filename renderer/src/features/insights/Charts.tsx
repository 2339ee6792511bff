// The insights charts (recharts, no animation) with their table views. Every chart draws figures already
// aggregated into at most 400 periods.
import type { ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Granularity } from '@shared/insights/periods';
import type { CategoryCount, RatingPeriod } from '@shared/insights/ratings';
import { STAR_SELLER_RATING, type ShopRatingPoint } from '@shared/insights/shop-rating';
import type { CsatFigures, NpsFigures } from '@shared/insights/surveys';
import { ChartCard, type Column } from './ChartCard';
import { round, type Formatters } from './format';

const HEIGHT = 240;
const STAR_COLORS = ['#e03131', '#f76707', '#f59f00', '#74b816', '#2f9e44'];
const BLUE = '#1c7ed6';
const VIOLET = '#7048e8';

function Frame({ children, height = HEIGHT }: { children: ReactElement; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {children}
    </ResponsiveContainer>
  );
}

interface Common {
  granularity: Granularity;
  f: Formatters;
}

export function ShopRatingChart({ rows, granularity, f }: Common & { rows: ShopRatingPoint[] }) {
  const { t } = useTranslation('insights');
  const title = t('chart.shopRating');
  const label = (p: string) => f.period(p, granularity);
  const columns: Column<ShopRatingPoint>[] = [
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
  ];
  const min = Math.min(4, ...rows.map((r) => r.average ?? 5));
  return (
    <ChartCard
      title={title}
      note={t('chart.shopRatingNote', { target: f.rating(STAR_SELLER_RATING) })}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.average === null)}
      chart={() => (
        <Frame>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tickFormatter={label} minTickGap={16} />
            <YAxis
              domain={[Math.floor(min * 2) / 2, 5]}
              width={40}
              tickFormatter={(v: number) => f.rating(v)}
            />
            <Tooltip labelFormatter={(p) => label(String(p))} formatter={(v) => f.rating(Number(v))} />
            <ReferenceLine y={STAR_SELLER_RATING} stroke="#f59f00" strokeDasharray="6 4" />
            <Line
              type="monotone"
              dataKey="average"
              name={t('col.rating')}
              stroke={BLUE}
              strokeWidth={2}
              dot={rows.length <= 36}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </Frame>
      )}
    />
  );
}

export function MonthlyChart({ rows, granularity, f }: Common & { rows: RatingPeriod[] }) {
  const { t } = useTranslation('insights');
  const label = (p: string) => f.period(p, granularity);
  const columns: Column<RatingPeriod>[] = [
    { header: t('col.period'), value: (r) => r.period, show: (r) => label(r.period) },
    { header: t('col.reviews'), value: (r) => r.count, numeric: true },
    {
      header: t('col.average'),
      value: (r) => round(r.average),
      show: (r) => f.rating(r.average),
      numeric: true,
    },
    { header: t('col.low'), value: (r) => r.low, numeric: true },
  ];
  return (
    <ChartCard
      title={t('chart.monthly')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={() => (
        <Frame>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tickFormatter={label} minTickGap={16} />
            <YAxis yAxisId="count" width={40} allowDecimals={false} />
            <YAxis yAxisId="avg" orientation="right" domain={[1, 5]} width={32} />
            <Tooltip labelFormatter={(p) => label(String(p))} />
            <Legend />
            <Bar
              yAxisId="count"
              dataKey="count"
              name={t('col.reviews')}
              fill={BLUE}
              isAnimationActive={false}
            />
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
        </Frame>
      )}
    />
  );
}

export function DistributionChart({ rows, granularity, f }: Common & { rows: RatingPeriod[] }) {
  const { t } = useTranslation('insights');
  const label = (p: string) => f.period(p, granularity);
  const stars = [5, 4, 3, 2, 1] as const;
  const columns: Column<RatingPeriod>[] = [
    { header: t('col.period'), value: (r) => r.period, show: (r) => label(r.period) },
    ...stars.map((s): Column<RatingPeriod> => ({
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
  ];
  return (
    <ChartCard
      title={t('chart.distribution')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={() => (
        <Frame>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tickFormatter={label} minTickGap={16} />
            <YAxis width={40} allowDecimals={false} />
            <Tooltip labelFormatter={(p) => label(String(p))} />
            <Legend />
            {[1, 2, 3, 4, 5].map((s) => (
              <Bar
                key={s}
                stackId="stars"
                dataKey={(r: RatingPeriod) => r.stars[s - 1]}
                name={t('col.stars', { count: s })}
                fill={STAR_COLORS[s - 1]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </Frame>
      )}
    />
  );
}

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
  const name = (c: string) => tr(`category.${c}`);
  const columns: Column<CategoryCount>[] = [
    { header: t('col.category'), value: (r) => name(r.category) },
    { header: t('col.count'), value: (r) => r.count, numeric: true },
    { header: t('col.share'), value: (r) => round(r.share), show: (r) => f.percent(r.share), numeric: true },
  ];
  const data = rows.map((r) => ({ ...r, name: name(r.category) }));
  return (
    <ChartCard
      title={t('chart.categories')}
      note={uncategorised > 0 ? t('chart.categoriesNote', { uncategorised }) : undefined}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={() => (
        // Every category gets its row and its label (a label per bar, never thinned out).
        <Frame height={Math.max(HEIGHT, 40 + data.length * 28)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="count" name={t('col.count')} fill={BLUE} isAnimationActive={false} />
          </BarChart>
        </Frame>
      )}
    />
  );
}

export type SurveyRow = { period: string; nps: NpsFigures; csat: CsatFigures };

export function SurveyChart({ rows, granularity, f }: Common & { rows: SurveyRow[] }) {
  const { t } = useTranslation('insights');
  const label = (p: string) => f.period(p, granularity);
  const columns: Column<SurveyRow>[] = [
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
  ];
  const data = rows.map((r) => ({
    period: r.period,
    nps: r.nps.nps,
    csat: r.csat.csat === null ? null : r.csat.csat * 100,
  }));
  return (
    <ChartCard
      title={t('chart.surveys')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.nps.n === 0 && r.csat.n === 0)}
      chart={() => (
        <Frame>
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tickFormatter={label} minTickGap={16} />
            <YAxis yAxisId="nps" domain={[-100, 100]} width={40} />
            <YAxis yAxisId="csat" orientation="right" domain={[0, 100]} width={40} unit="%" />
            <Tooltip labelFormatter={(p) => label(String(p))} formatter={(v) => f.whole(Number(v))} />
            <Legend />
            <ReferenceLine yAxisId="nps" y={0} stroke="#adb5bd" />
            <Line
              yAxisId="nps"
              dataKey="nps"
              name={t('col.nps')}
              stroke={BLUE}
              strokeWidth={2}
              dot={rows.length <= 36}
              isAnimationActive={false}
            />
            <Line
              yAxisId="csat"
              dataKey="csat"
              name={t('col.csat')}
              stroke={VIOLET}
              strokeWidth={2}
              dot={rows.length <= 36}
              isAnimationActive={false}
            />
          </LineChart>
        </Frame>
      )}
    />
  );
}
