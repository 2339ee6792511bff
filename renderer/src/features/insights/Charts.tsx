// The insights charts (plain SVG, see plot/BandPlot) with their table views. Every chart draws figures
// already aggregated into at most 400 periods.
import { useTranslation } from 'react-i18next';
import type { Granularity } from '@shared/insights/periods';
import type { CategoryCount, RatingPeriod } from '@shared/insights/ratings';
import { STAR_SELLER_RATING, type ShopRatingPoint } from '@shared/insights/shop-rating';
import type { CsatFigures, NpsFigures } from '@shared/insights/surveys';
import { ChartCard, type Column } from './ChartCard';
import { round, type Formatters } from './format';
import { BandPlot } from './plot/BandPlot';
import { BarList } from './plot/BarList';

const HEIGHT = 240;
const STAR_COLORS = ['#e03131', '#f76707', '#f59f00', '#74b816', '#2f9e44'];
const BLUE = '#1c7ed6';
const VIOLET = '#7048e8';

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
        <BandPlot
          label={title}
          rows={rows}
          tick={(r) => label(r.period)}
          left={{ domain: [Math.floor(min * 2) / 2, 5], width: 40, format: (v) => f.rating(v) }}
          reference={{ y: STAR_SELLER_RATING, color: '#f59f00', dashed: true }}
          series={[
            {
              type: 'line',
              name: t('col.rating'),
              color: BLUE,
              value: (r) => r.average,
              dots: rows.length <= 36,
              format: (v) => f.rating(v),
            },
          ]}
        />
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
        <BandPlot
          label={t('chart.monthly')}
          rows={rows}
          tick={(r) => label(r.period)}
          left={{ width: 40, integer: true }}
          right={{ domain: [1, 5], width: 32 }}
          legend
          series={[
            { type: 'bar', name: t('col.reviews'), color: BLUE, value: (r) => r.count },
            {
              type: 'line',
              axis: 'right',
              name: t('col.average'),
              color: VIOLET,
              value: (r) => r.average,
              format: (v) => f.rating(v),
            },
          ]}
        />
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
        <BandPlot
          label={t('chart.distribution')}
          rows={rows}
          tick={(r) => label(r.period)}
          left={{ width: 40, integer: true }}
          legend
          series={[1, 2, 3, 4, 5].map((s) => ({
            type: 'bar' as const,
            stack: 'stars',
            name: t('col.stars', { count: s }),
            color: STAR_COLORS[s - 1] as string,
            value: (r: RatingPeriod) => r.stars[s - 1] as number,
          }))}
        />
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
  return (
    <ChartCard
      title={t('chart.categories')}
      note={uncategorised > 0 ? t('chart.categoriesNote', { uncategorised }) : undefined}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.count === 0)}
      chart={() => (
        // Every category gets its row and its label (a label per bar, never thinned out).
        <BarList
          label={t('chart.categories')}
          rows={rows.map((r) => ({ label: name(r.category), value: r.count }))}
          name={t('col.count')}
          color={BLUE}
          minHeight={HEIGHT}
        />
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
  return (
    <ChartCard
      title={t('chart.surveys')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.nps.n === 0 && r.csat.n === 0)}
      chart={() => (
        <BandPlot
          label={t('chart.surveys')}
          rows={rows}
          tick={(r) => label(r.period)}
          left={{ domain: [-100, 100], width: 40 }}
          right={{ domain: [0, 100], width: 40, unit: '%' }}
          reference={{ y: 0, color: '#adb5bd' }}
          legend
          series={[
            {
              type: 'line',
              name: t('col.nps'),
              color: BLUE,
              value: (r) => r.nps.nps,
              dots: rows.length <= 36,
              format: (v) => f.whole(v),
            },
            {
              type: 'line',
              axis: 'right',
              name: t('col.csat'),
              color: VIOLET,
              value: (r) => (r.csat.csat === null ? null : r.csat.csat * 100),
              dots: rows.length <= 36,
              format: (v) => `${f.whole(v)}%`,
            },
          ]}
        />
      )}
    />
  );
}
