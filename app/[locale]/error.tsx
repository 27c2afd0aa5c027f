'use client';

import { useTranslations } from 'next-intl';

/** Shown when a page that was never cached cannot be rendered (e.g. the services are down). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-start gap-4 py-24">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-ink-muted">{t('body')}</p>
      <button type="button" onClick={reset} className="rounded-full bg-brand px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-strong">
        {t('retry')}
      </button>
    </div>
  );
}
