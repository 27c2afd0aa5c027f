import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/seo/site-url';

// SITE_URL is read at request time, so one build serves any origin.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
