import { composeMail, type RenderedMail } from './layout';
import type { MailLocale } from '../mail-outbox';

const WORDS: Record<
  MailLocale,
  (product: string) => { subject: string; paragraph: string; action: string; note: string }
> = {
  'en-US': (product) => ({
    subject: `Confirm your back-in-stock alert for ${product}`,
    paragraph: `Please confirm your email address and we will write to you once, when ${product} is back in stock. Nothing is sent before you confirm.`,
    action: 'Confirm the alert',
    note: 'If you did not ask for this alert, please ignore this email.',
  }),
  'de-DE': (product) => ({
    subject: `Bestätigen Sie Ihre Benachrichtigung für ${product}`,
    paragraph: `Bitte bestätigen Sie Ihre E-Mail-Adresse. Wir schreiben Ihnen dann einmal, sobald ${product} wieder vorrätig ist. Vor Ihrer Bestätigung senden wir nichts.`,
    action: 'Benachrichtigung bestätigen',
    note: 'Wenn Sie diese Benachrichtigung nicht angefordert haben, ignorieren Sie bitte diese E-Mail.',
  }),
  'fr-FR': (product) => ({
    subject: `Confirmez votre alerte de retour en stock pour ${product}`,
    paragraph: `Veuillez confirmer votre adresse e-mail : nous vous écrirons une seule fois, dès que ${product} sera de nouveau en stock. Rien n’est envoyé avant votre confirmation.`,
    action: 'Confirmer l’alerte',
    note: 'Si vous n’avez pas demandé cette alerte, veuillez ignorer cet e-mail.',
  }),
  'ja-JP': (product) => ({
    subject: `「${product}」の再入荷通知のご確認`,
    paragraph: `メールアドレスをご確認いただくと、「${product}」が再入荷した際に一度だけお知らせします。ご確認いただくまで、お知らせは送信されません。`,
    action: '通知を確認する',
    note: 'お心当たりがない場合は、このメールを無視してください。',
  }),
};

export function stockAlertConfirmMail(
  locale: MailLocale,
  data: { url: string; productName: string },
): RenderedMail {
  const words = WORDS[locale](data.productName);
  return composeMail(locale, {
    subject: words.subject,
    paragraphs: [words.paragraph],
    links: [{ label: words.action, url: data.url }],
    notes: [words.note],
  });
}
