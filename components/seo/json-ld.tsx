import { serializeJsonLd } from '@/lib/seo/json-ld';

/**
 * Structured data as an inline script. Server Component: the JSON is escaped by
 * serializeJsonLd, so text from the catalog cannot close the script element.
 */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
