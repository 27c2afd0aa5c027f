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
    discount: (code: string) => string;
    /** A tax line by its kind: a US state's sales tax on top, or the VAT the prices hold. */
    tax: (kind: 'sales' | 'vat' | 'consumption', region: string, rate: string) => string;
    net: string;
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
    discount: (code) => `Discount (${code})`,
    tax: (kind, region, rate) =>
      kind === 'sales'
        ? `Sales tax ${region} (${rate})`
        : `Incl. ${kind === 'vat' ? 'VAT' : 'consumption tax'} (${rate})`,
    net: 'Total excl. tax',
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
    discount: (code) => `Rabatt (${code})`,
    tax: (kind, region, rate) =>
      kind === 'sales'
        ? `Umsatzsteuer ${region} (${rate})`
        : `inkl. ${kind === 'vat' ? 'MwSt.' : 'Verbrauchsteuer'} (${rate})`,
    net: 'Summe ohne Steuer',
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
    discount: (code) => `Remise (${code})`,
    tax: (kind, region, rate) =>
      kind === 'sales'
        ? `Taxe de vente ${region} (${rate})`
        : `dont ${kind === 'vat' ? 'TVA' : 'taxe à la consommation'} (${rate})`,
    net: 'Total hors taxes',
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
    discount: (code) => `割引（${code}）`,
    tax: (kind, region, rate) =>
      kind === 'sales'
        ? `売上税 ${region}（${rate}）`
        : `うち${kind === 'vat' ? '付加価値税' : '消費税'}（${rate}）`,
    net: '税抜合計',
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

type Row = [string, string, string, string];

/** Discount, shipping, a US sales tax above the total; the VAT a price holds and the net below. */
function totalRows(locale: MailLocale, order: Order, money: (amount: number) => string): Row[] {
  const words = WORDS[locale];
  const row = (label: string, amount: number): Row => [label, '', '', money(amount)];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 });
  const taxRows = (order.tax?.lines ?? []).map((line) => {
    const rate = percent.format(line.ratePerMillion / 1_000_000);
    return row(words.tax(line.kind, line.region ?? '', rate), line.tax.amount);
  });
  const included = order.tax?.included ?? false;
  return [
    ...(order.discount && order.promotion
      ? [row(words.discount(order.promotion.code), -order.discount.amount)]
      : []),
    row(words.shipping, order.shipping.amount),
    ...(included ? [] : taxRows),
    row(words.total, order.total.amount),
    ...(included ? taxRows : []),
    ...(order.tax ? [row(words.net, order.tax.net.amount)] : []),
  ];
}

/**
 * Every line, discount, shipping, tax, total and the order number. The order page opens only in a browser that
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
      rows: [...rows, ...totalRows(locale, order, money)],
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
