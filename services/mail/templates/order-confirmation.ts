import type { Order } from '../../checkout/order-repository';
import type { MailLocale } from '../mail-outbox';
import { composeMail, type RenderedMail } from './layout';

const WORDS: Record<
  MailLocale,
  {
    subject: (id: string) => string;
    thanks: string;
    number: (id: string) => string;
    head: [string, string, string, string];
    shipping: string;
    total: string;
    view: string;
    lookup: string;
  }
> = {
  'en-US': {
    subject: (id) => `Your order ${id} is confirmed`,
    thanks: 'Thank you for your order. Here is a summary for your records.',
    number: (id) => `Order number: ${id}`,
    head: ['Item', 'Variant', 'Quantity', 'Total'],
    shipping: 'Shipping',
    total: 'Total',
    view: 'View your order',
    lookup: 'On another device? Find your order with its number and this email address',
  },
  'de-DE': {
    subject: (id) => `Ihre Bestellung ${id} ist bestätigt`,
    thanks: 'Vielen Dank für Ihre Bestellung. Hier ist eine Übersicht für Ihre Unterlagen.',
    number: (id) => `Bestellnummer: ${id}`,
    head: ['Artikel', 'Variante', 'Menge', 'Summe'],
    shipping: 'Versand',
    total: 'Gesamtsumme',
    view: 'Bestellung ansehen',
    lookup:
      'Auf einem anderen Gerät? Finden Sie Ihre Bestellung mit der Bestellnummer und dieser E-Mail-Adresse',
  },
  'fr-FR': {
    subject: (id) => `Votre commande ${id} est confirmée`,
    thanks: 'Merci pour votre commande. En voici le récapitulatif pour vos dossiers.',
    number: (id) => `Numéro de commande : ${id}`,
    head: ['Article', 'Variante', 'Quantité', 'Total'],
    shipping: 'Livraison',
    total: 'Total',
    view: 'Voir votre commande',
    lookup:
      'Sur un autre appareil ? Retrouvez votre commande avec son numéro et cette adresse e-mail',
  },
  'ja-JP': {
    subject: (id) => `ご注文（${id}）を承りました`,
    thanks: 'ご注文いただきありがとうございます。ご注文内容は以下のとおりです。',
    number: (id) => `注文番号：${id}`,
    head: ['商品', 'バリエーション', '数量', '小計'],
    shipping: '送料',
    total: '合計',
    view: 'ご注文内容を見る',
    lookup: '別の端末でご覧になる場合は、注文番号とこのメールアドレスでご注文を検索してください',
  },
};

/** Minor units (cents; whole yen) in the order's currency, written the shopper's way. */
function moneyFormat(locale: MailLocale, currency: string): (amount: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return (amount) => format.format(amount / 10 ** digits);
}

/**
 * Every line, shipping, total and the order number. The order page opens only in a browser that
 * holds the order's access cookie (its token never travels in a URL), so the lookup is offered too.
 */
export function orderConfirmationMail(
  locale: MailLocale,
  order: Order,
  storefrontUrl: string,
): RenderedMail {
  const words = WORDS[locale];
  const money = moneyFormat(locale, order.currency);
  const count = new Intl.NumberFormat(locale);
  const rows = order.lines.map((line) => [
    line.name,
    line.variantLabel,
    count.format(line.quantity),
    money(line.lineTotal.amount),
  ]);
  return composeMail(locale, {
    subject: words.subject(order.id),
    paragraphs: [words.thanks, words.number(order.id)],
    table: {
      head: words.head,
      rows: [
        ...rows,
        [words.shipping, '', '', money(order.shipping.amount)],
        [words.total, '', '', money(order.total.amount)],
      ],
    },
    links: [
      {
        label: words.view,
        url: `${storefrontUrl}/${locale}/order/${encodeURIComponent(order.id)}`,
      },
      { label: words.lookup, url: `${storefrontUrl}/${locale}/order/lookup` },
    ],
  });
}
