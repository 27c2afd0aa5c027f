import Image from 'next/image';
import { IntentLink } from '@/components/ui/intent-link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { mediaUrl } from '@/lib/services/media';

/**
 * The home page's LCP: a preloaded, high-priority image with the headline over it. The
 * `home-hero` experiment's variants differ in words only, so the LCP element stays the same.
 */
export async function Hero({ locale, variant }: { locale: Locale; variant: string }) {
  const t = await getTranslations('Home');
  const copy = variant === 'best-sellers' ? 'BestSellers' : '';
  return (
    <section
      aria-labelledby="hero-title"
      className="relative -mx-4 mb-4 overflow-hidden sm:mx-0 sm:mt-6 sm:rounded-2xl"
    >
      <Image
        src={mediaUrl('/media/hero/home.webp')}
        alt=""
        width={1920}
        height={1080}
        sizes="(min-width: 1280px) 1280px, 100vw"
        preload
        fetchPriority="high"
        quality={60}
        className="h-[22rem] w-full object-cover sm:h-[28rem]"
      />
      <div className="absolute inset-0 flex flex-col justify-end gap-3 bg-gradient-to-t from-black/70 via-black/25 to-transparent p-6 text-white sm:p-10">
        <h1 id="hero-title" className="max-w-xl text-3xl font-bold tracking-tight sm:text-5xl">
          {t(`heroTitle${copy}`)}
        </h1>
        <p className="max-w-lg text-base text-white/90 sm:text-lg">{t(`heroBody${copy}`)}</p>
        <p>
          <IntentLink
            href={`${routes.home(locale)}#best-sellers`}
            className="inline-block rounded-full bg-white px-5 py-2.5 text-sm font-semibold text-ink hover:bg-brand-soft"
          >
            {t('heroCta')}
          </IntentLink>
        </p>
      </div>
    </section>
  );
}
