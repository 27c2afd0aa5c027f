import { getTranslations } from 'next-intl/server';
import { StarRating } from '@/components/ui/star-rating';
import type { Locale } from '@/lib/i18n/markets';
import type { RatingSummary as Summary } from '@/lib/services/reviews/client';

/** The average, its stars and how many reviews gave each number of stars. */
export async function RatingSummary({ locale, summary }: { locale: Locale; summary: Summary }) {
  const t = await getTranslations('Reviews');
  const average = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(summary.average);
  const rows = [5, 4, 3, 2, 1].map((stars) => {
    const count = summary.histogram[stars - 1] ?? 0;
    const percent = summary.count > 0 ? Math.round((count * 100) / summary.count) : 0;
    return { stars, count, percent };
  });
  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start sm:gap-12">
      <div className="flex flex-col gap-1">
        <p className="text-4xl font-bold">
          <span aria-hidden="true">{average}</span>
          <span className="sr-only">{t('average', { average })}</span>
        </p>
        <StarRating value={summary.average} label={t('average', { average })} />
        <p className="text-sm text-ink-muted">{t('basedOn', { count: summary.count })}</p>
      </div>
      <ul aria-label={t('histogramLabel')} className="flex w-full max-w-sm flex-col gap-1.5">
        {rows.map(({ stars, count, percent }) => (
          <li key={stars} className="flex items-center gap-3 text-sm">
            <span className="sr-only">{t('histogramRow', { stars, count, percent })}</span>
            <span aria-hidden="true" className="w-10 shrink-0 text-ink-muted">
              {t('starsShort', { stars })}
            </span>
            <span
              aria-hidden="true"
              className="h-2 flex-1 overflow-hidden rounded-full bg-paper-line"
            >
              <span className="block h-full bg-amber-500" style={{ width: `${percent}%` }} />
            </span>
            <span
              aria-hidden="true"
              className="w-10 shrink-0 text-right text-ink-muted tabular-nums"
            >
              {count}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
