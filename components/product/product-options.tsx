import { getTranslations } from 'next-intl/server';
import type { Product } from '@/lib/services/catalog/types';

/** The colours and sizes a product comes in (choosing one arrives with the cart). */
export async function ProductOptions({ options }: { options: Product['options'] }) {
  const t = await getTranslations('Product');
  if (options.length === 0) return null;
  return (
    <section aria-labelledby="options-heading" className="flex flex-col gap-3">
      <h2 id="options-heading" className="sr-only">
        {t('options')}
      </h2>
      {options.map((option) => (
        <div key={option.name} className="flex flex-col gap-2">
          <h3 className="text-sm font-medium">{option.label}</h3>
          <ul className="flex flex-wrap gap-2">
            {option.values.map((value) => (
              <li key={value.value} className="flex items-center gap-2 rounded-full border border-paper-line px-3 py-1.5 text-sm">
                {value.swatch && <span aria-hidden="true" className="h-4 w-4 rounded-full border border-black/10" style={{ backgroundColor: value.swatch }} />}
                {value.label}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
