import { composeMail, type RenderedMail } from './layout';
import type { MailLocale, OutgoingMail } from '../mail-outbox';

type BackInStock = Extract<OutgoingMail, { kind: 'back-in-stock' }>['data'];

const WORDS: Record<
  MailLocale,
  (item: string) => { subject: string; paragraph: string; action: string; unsubscribe: string }
> = {
  'en-US': (item) => ({
    subject: `${item} is back in stock`,
    paragraph: `Good news: ${item} is available again. This is the one email you asked for; we will not write about it again.`,
    action: 'View the product',
    unsubscribe: 'Stop back-in-stock alerts',
  }),
  'de-DE': (item) => ({
    subject: `${item} ist wieder vorrätig`,
    paragraph: `Gute Nachricht: ${item} ist wieder erhältlich. Dies ist die eine E-Mail, um die Sie gebeten haben; wir schreiben Ihnen dazu nicht noch einmal.`,
    action: 'Zum Produkt',
    unsubscribe: 'Keine Benachrichtigungen mehr erhalten',
  }),
  'fr-FR': (item) => ({
    subject: `${item} est de nouveau en stock`,
    paragraph: `Bonne nouvelle : ${item} est de nouveau disponible. Voici l’unique e-mail que vous avez demandé ; nous ne vous écrirons plus à ce sujet.`,
    action: 'Voir le produit',
    unsubscribe: 'Ne plus recevoir d’alertes',
  }),
  'ja-JP': (item) => ({
    subject: `「${item}」が再入荷しました`,
    paragraph: `「${item}」が再びご購入いただけるようになりました。ご依頼いただいた一度限りのお知らせです。この商品について再度ご連絡することはありません。`,
    action: '商品を見る',
    unsubscribe: '再入荷通知の配信を停止する',
  }),
};

export function backInStockMail(locale: MailLocale, data: BackInStock): RenderedMail {
  const item = `${data.productName} (${data.variantLabel})`;
  const words = WORDS[locale](item);
  return composeMail(locale, {
    subject: words.subject,
    paragraphs: [words.paragraph],
    links: [
      { label: words.action, url: data.url },
      ...(data.unsubscribeUrl ? [{ label: words.unsubscribe, url: data.unsubscribeUrl }] : []),
    ],
  });
}
