import type { Locale } from './markets';
import type en from '@/messages/en-US.json';

export type Messages = typeof en;

const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  'en-US': () => import('@/messages/en-US.json'),
  'de-DE': () => import('@/messages/de-DE.json'),
  'fr-FR': () => import('@/messages/fr-FR.json'),
  'ja-JP': () => import('@/messages/ja-JP.json'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).default;
}
