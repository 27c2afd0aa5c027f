import { getTranslations } from 'next-intl/server';
import type { Product } from '@/lib/services/catalog/types';

export async function ProductDetails({
  description,
  specs,
}: Pick<Product, 'description' | 'specs'>) {
  const t = await getTranslations('Product');
  return (
    <>
      <section aria-labelledby="description-heading" className="flex flex-col gap-2">
        <h2 id="description-heading" className="text-lg font-semibold">
          {t('description')}
        </h2>
        <p className="leading-relaxed text-ink-muted">{description}</p>
      </section>
      {specs.length > 0 && (
        <section aria-labelledby="specs-heading" className="flex flex-col gap-2">
          <h2 id="specs-heading" className="text-lg font-semibold">
            {t('specs')}
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            {specs.map((spec) => (
              <div key={spec.name} className="contents">
                <dt className="text-ink-subtle">{spec.name}</dt>
                <dd>{spec.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
