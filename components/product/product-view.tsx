import { getTranslations } from 'next-intl/server';
import { ExperimentExposure } from '@/components/experiments/experiment-exposure';
import { RecentlyViewedSection } from '@/components/recently-viewed/recently-viewed-section';
import { RecordView } from '@/components/recently-viewed/record-view';
import { ReviewsSection } from '@/components/reviews/reviews-section';
import { TaxNote } from '@/components/price/tax-note';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Section } from '@/components/ui/section';
import { StarRating } from '@/components/ui/star-rating';
import { heartContext } from '@/components/wishlist/heart-messages';
import { WishlistHeart } from '@/components/wishlist/wishlist-heart';
import { experimentVariant, type PageVariants } from '@/lib/experiments/page-variants';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Category, Product, ProductSummary } from '@/lib/services/catalog/types';
import type { ReviewPage } from '@/lib/services/reviews/client';
import { breadcrumbJsonLd, productJsonLd } from '@/lib/seo/json-ld';
import { ProductDetails } from './product-details';
import { leadImages } from './gallery-images';
import { ProductGallery } from './product-gallery';
import { ProductGrid } from './product-grid';
import { PurchasePanel } from './purchase-panel';
import { purchasePanelMessages } from './purchase-panel-messages';
import { stockAlertMessages } from './stock-alert-messages';

export interface ProductData {
  product: Product;
  trail: Category[];
  related: ProductSummary[];
  /** The most helpful few and the summary; undefined when the reviews service did not answer. */
  reviews: ReviewPage | undefined;
}

/** The product page for one combination of experiment variants (none: the plain page). */
export async function ProductView({
  locale,
  data,
  variants,
}: {
  locale: Locale;
  data: ProductData;
  variants: PageVariants;
}) {
  const { product, trail, related, reviews } = data;
  const [t, crumbs, availability, cartT, offlineCart, account] = await Promise.all([
    getTranslations('Product'),
    getTranslations('Breadcrumbs'),
    getTranslations('Availability'),
    getTranslations('Cart'),
    getTranslations('OfflineCart'),
    getTranslations('Account'),
  ]);
  const sticky = experimentVariant(variants, 'pdp-add-to-cart').variant === 'sticky';
  return (
    <>
      <JsonLd data={productJsonLd(product, { locale, reviews: reviews?.items })} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: crumbs('home'), url: routes.home(locale) },
          ...trail.map((c) => ({ name: c.name, url: routes.category(locale, c.slug) })),
          { name: product.name },
        ])}
      />
      <ExperimentExposure variants={variants} />
      <Breadcrumbs
        label={crumbs('label')}
        items={[
          { label: crumbs('home'), href: routes.home(locale) },
          ...trail.map((c) => ({ label: c.name, href: routes.category(locale, c.slug) })),
          { label: product.name },
        ]}
      />
      <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery productId={product.id} imagesByColor={product.imagesByColor} />
        <div className="flex flex-col gap-5">
          <div className="flex flex-col gap-2">
            <p className="text-sm tracking-wide text-ink-subtle uppercase">{product.brand.name}</p>
            <div className="flex items-start justify-between gap-3">
              <h1 className="text-3xl font-bold tracking-tight">{product.name}</h1>
              <WishlistHeart
                productId={product.id}
                name={product.name}
                context={heartContext(locale, account)}
                returnTo={routes.product(locale, product.slug)}
                className="relative shrink-0"
              />
            </div>
            {product.reviewCount > 0 && (
              <a href="#reviews" className="self-start hover:underline">
                <StarRating
                  value={product.rating}
                  label={t('rating', { rating: product.rating, count: product.reviewCount })}
                />
              </a>
            )}
          </div>
          <PurchasePanel
            productId={product.id}
            productName={product.name}
            liveUrl={routes.liveProduct(locale, product.id)}
            locale={locale}
            options={product.options}
            variants={product.variants}
            messages={purchasePanelMessages(availability, t, cartT, offlineCart)}
            stockAlertMessages={stockAlertMessages(account)}
            colorLeads={leadImages(product.imagesByColor)}
            priceNote={<TaxNote locale={locale} kind="price" className="text-sm text-ink-muted" />}
            stickyOnPhones={sticky}
          />
          <ProductDetails description={product.description} specs={product.specs} />
        </div>
      </div>
      <ReviewsSection locale={locale} product={product} reviews={reviews} />
      {related.length > 0 && (
        <Section id="related" title={t('related')}>
          <ProductGrid products={related} locale={locale} eagerCount={0} />
        </Section>
      )}
      <RecordView
        locale={locale}
        product={{
          id: product.id,
          href: routes.product(locale, product.slug),
          name: product.name,
          image: {
            src: product.image.url,
            width: product.image.width,
            height: product.image.height,
          },
        }}
      />
      <RecentlyViewedSection locale={locale} exceptId={product.id} />
      {/* The sticky bar covers the bottom of the page on phones: room for it, reserved in the HTML. */}
      {sticky && <div aria-hidden="true" className="h-20 sm:hidden" />}
    </>
  );
}
