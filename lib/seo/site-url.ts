import { serverEnv } from '@/lib/env/server';

/** Absolute origin for canonical URLs and metadata. */
export function siteUrl(): string {
  return serverEnv().SITE_URL.replace(/\/$/, '');
}
