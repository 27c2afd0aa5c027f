import { describe, expect, it } from 'vitest';
import type { Order } from '../../checkout/order-repository';
import type { OutgoingMail } from '../mail-outbox';
import { renderMail } from './render';

const money = (amount: number, currency: 'EUR' | 'JPY' | 'USD') => ({ amount, currency });

function order(currency: 'EUR' | 'JPY', locale: Order['locale']): Order {
  const unit = currency === 'JPY' ? 4_980 : 4_990;
  return {
    id: 'ORD-7KQ2ZP',
    cartId: 'cart',
    email: 'erika@example.com',
    locale,
    accessToken: 'x'.repeat(43),
    lines: [
      {
        id: 'l1',
        sku: 'p000001-navy-M',
        productId: 'p000001',
        name: 'Linen <b>Shirt</b>',
        variantLabel: 'Navy / M',
        image: { url: 'http://x/i.webp', width: 1, height: 1, alt: '' },
        quantity: 2,
        unitPrice: money(unit, currency),
        lineTotal: money(unit * 2, currency),
      },
    ],
    subtotal: money(unit * 2, currency),
    shipping: money(currency === 'JPY' ? 700 : 495, currency),
    total: money(unit * 2 + (currency === 'JPY' ? 700 : 495), currency),
    currency,
    status: 'confirmed',
    createdAt: '2026-12-05T08:00:00.000Z',
  } as Order;
}

describe('renderMail', () => {
  it('confirms an order with its number, lines and total in the order’s language and currency', () => {
    const euro = renderMail(
      {
        kind: 'order-confirmation',
        to: 'a@example.com',
        locale: 'de-DE',
        data: { order: order('EUR', 'de-DE') },
      },
      'https://shop.example',
    );
    expect(euro.subject).toContain('ORD-7KQ2ZP');
    expect(euro.text).toContain('Navy / M');
    expect(euro.text).toContain('104,75');
    const yen = renderMail(
      {
        kind: 'order-confirmation',
        to: 'a@example.com',
        locale: 'ja-JP',
        data: { order: order('JPY', 'ja-JP') },
      },
      'https://shop.example',
    );
    // Whole yen: 4,980 × 2 + 700, not a hundredth of it.
    expect(yen.text).toMatch(/10,660/);
  });

  it('escapes whatever it interpolates into HTML', () => {
    const mail = renderMail(
      {
        kind: 'order-confirmation',
        to: 'a@example.com',
        locale: 'en-US',
        data: { order: order('EUR', 'en-US') },
      },
      'https://shop.example',
    );
    expect(mail.html).not.toContain('<b>Shirt</b>');
    expect(mail.html).toContain('&lt;b&gt;Shirt&lt;/b&gt;');
  });

  it('carries each link verbatim in the text part, in all four languages', () => {
    const url = 'https://shop.example/fr-FR/account/sign-up/complete?token=abc_DEF-123';
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] as const) {
      const mail = renderMail(
        { kind: 'sign-up-link', to: 'a@example.com', locale, data: { url } },
        'https://shop.example',
      );
      expect(mail.text, locale).toContain(url);
      expect(mail.subject.length, locale).toBeGreaterThan(5);
    }
  });

  it('lists every line, shipping and total in each locale, formatted its way', () => {
    const expected = {
      'en-US': ['Variant', '€99.80', '€4.95', '€104.75'],
      'de-DE': ['Variante', '99,80 €', '4,95 €', '104,75 €'],
      'fr-FR': ['Variante', '99,80 €', '4,95 €', '104,75 €'],
      'ja-JP': ['バリエーション', '€99.80', '€4.95', '€104.75'],
    } as const;
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] as const) {
      const mail = renderMail(
        {
          kind: 'order-confirmation',
          to: 'a@example.com',
          locale,
          data: { order: order('EUR', locale) },
        },
        'https://shop.example',
      );
      // Intl separates amount and symbol with a no-break space in some locales.
      const html = mail.html.replace(/\u00a0|\u202f/g, ' ');
      for (const part of expected[locale]) expect(html, locale).toContain(part);
      expect(mail.html, locale).toContain(`lang="${locale}"`);
      expect(mail.text, locale).toContain(`https://shop.example/${locale}/order/ORD-7KQ2ZP`);
      expect(mail.text, locale).toMatch(/ORD-7KQ2ZP/);
    }
  });

  it('shows the discount, a US sales tax above the total and the VAT a German price holds', () => {
    const us: Order = {
      ...order('EUR', 'en-US'),
      currency: 'USD',
      subtotal: money(10_000, 'USD'),
      discount: money(1_000, 'USD'),
      promotion: { code: 'WELCOME10', freeShipping: false },
      shipping: money(500, 'USD'),
      tax: {
        included: false,
        lines: [
          {
            code: 'US-MN',
            kind: 'sales',
            region: 'MN',
            ratePerMillion: 68_750,
            taxable: money(9_000, 'USD'),
            tax: money(619, 'USD'),
          },
        ],
        total: money(619, 'USD'),
        net: money(9_500, 'USD'),
      },
      total: money(10_119, 'USD'),
    };
    const text = (mail: { text: string }) => mail.text.replace(/\u00a0|\u202f/g, ' ');
    const usMail = text(
      renderMail(
        { kind: 'order-confirmation', to: 'a@example.com', locale: 'en-US', data: { order: us } },
        'https://shop.example',
      ),
    );
    expect(usMail).toMatch(/Discount \(WELCOME10\).*-\$10\.00/);
    expect(usMail).toMatch(/Sales tax MN \(6\.875%\).*\$6\.19/);
    expect(usMail.indexOf('Sales tax')).toBeLessThan(usMail.indexOf('$101.19'));

    const german: Order = {
      ...order('EUR', 'de-DE'),
      tax: {
        included: true,
        lines: [
          {
            code: 'DE-VAT',
            kind: 'vat',
            ratePerMillion: 190_000,
            taxable: money(8_803, 'EUR'),
            tax: money(1_672, 'EUR'),
          },
        ],
        total: money(1_672, 'EUR'),
        net: money(8_803, 'EUR'),
      },
    };
    const deMail = text(
      renderMail(
        {
          kind: 'order-confirmation',
          to: 'a@example.com',
          locale: 'de-DE',
          data: { order: german },
        },
        'https://shop.example',
      ),
    );
    expect(deMail).toMatch(/inkl\. MwSt\. \(19 %\).*16,72 €/);
    expect(deMail).toMatch(/Summe ohne Steuer.*88,03 €/);
    expect(deMail.indexOf('Gesamtsumme')).toBeLessThan(deMail.indexOf('inkl. MwSt.'));
  });

  it('escapes every value in every kind, and links only to the given URLs', () => {
    const hostile = '"><script>x</script>';
    const url = `https://shop.example/x?a=1&b=${encodeURIComponent(hostile)}`;
    const data: { [K in OutgoingMail['kind']]: Extract<OutgoingMail, { kind: K }>['data'] } = {
      'order-confirmation': { order: order('EUR', 'en-US') },
      'sign-up-link': { url },
      'account-exists': { signInUrl: url, resetUrl: url },
      'password-reset': { url },
      'email-change-link': { url },
      'stock-alert-confirm': { url, productName: hostile },
      'back-in-stock': { productName: hostile, variantLabel: hostile, url, unsubscribeUrl: url },
    };
    for (const kind of Object.keys(data) as OutgoingMail['kind'][]) {
      for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] as const) {
        const mail = renderMail(
          { kind, to: 'a@example.com', locale, data: data[kind] } as OutgoingMail,
          'https://shop.example',
        );
        expect(mail.html, `${kind} ${locale}`).not.toMatch(/<script|<b>/);
        const hrefs = [...mail.html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href);
        expect(hrefs.length, `${kind} ${locale}`).toBeGreaterThan(0);
        for (const href of hrefs) expect(href, kind).toMatch(/^https:\/\/shop\.example\//);
        if (kind !== 'order-confirmation') expect(mail.html).toContain(url.replace(/&/g, '&amp;'));
      }
    }
  });
});
