import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LookupForm } from '@/components/checkout/lookup-form';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/order/lookup'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Order' });
  return { title: t('lookupTitle'), robots: { index: false, follow: false } };
}

export default async function OrderLookupPage({ params }: PageProps<'/[locale]/order/lookup'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Order');
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('lookupTitle')}</h1>
      <p className="text-ink-muted">{t('lookupIntro')}</p>
      <LookupForm
        locale={locale}
        submitLabel={t('find')}
        pendingLabel={t('finding')}
        fields={[
          {
            name: 'orderId',
            label: t('orderNumber'),
            kind: 'text',
            hint: t('orderNumberHint'),
            autoComplete: 'off',
            maxLength: 20,
          },
          {
            name: 'email',
            label: t('email'),
            kind: 'email',
            autoComplete: 'email',
            maxLength: 254,
          },
        ]}
      />
    </div>
  );
}
