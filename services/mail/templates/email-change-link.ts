import { linkMail, type LinkMailWords, type RenderedMail } from './layout';
import type { MailLocale } from '../mail-outbox';

/** Sent to the new address: the change happens only once its owner follows the link. */
const WORDS: LinkMailWords = {
  'en-US': {
    subject: 'Confirm your new email address',
    paragraphs: [
      'Please confirm that this is the new email address of your Northwind Supply account. The link works once and for a limited time.',
    ],
    action: 'Confirm my new email address',
    notes: ['If you did not ask for this change, please ignore this email: nothing will change.'],
  },
  'de-DE': {
    subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    paragraphs: [
      'Bitte bestätigen Sie, dass dies die neue E-Mail-Adresse Ihres Kontos bei Northwind Supply ist. Der Link ist einmal und für begrenzte Zeit gültig.',
    ],
    action: 'Neue E-Mail-Adresse bestätigen',
    notes: [
      'Wenn Sie diese Änderung nicht angefordert haben, ignorieren Sie bitte diese E-Mail: Es ändert sich nichts.',
    ],
  },
  'fr-FR': {
    subject: 'Confirmez votre nouvelle adresse e-mail',
    paragraphs: [
      'Veuillez confirmer qu’il s’agit de la nouvelle adresse e-mail de votre compte Northwind Supply. Le lien est valable une seule fois et pour une durée limitée.',
    ],
    action: 'Confirmer ma nouvelle adresse e-mail',
    notes: [
      'Si vous n’avez pas demandé ce changement, veuillez ignorer cet e-mail : rien ne sera modifié.',
    ],
  },
  'ja-JP': {
    subject: '新しいメールアドレスのご確認',
    paragraphs: [
      'このメールアドレスが Northwind Supply アカウントの新しいメールアドレスであることをご確認ください。リンクは一度のみ、期間限定で有効です。',
    ],
    action: '新しいメールアドレスを確認する',
    notes: ['お心当たりがない場合は、このメールを無視してください。変更は行われません。'],
  },
};

export const emailChangeLinkMail = (locale: MailLocale, url: string): RenderedMail =>
  linkMail(locale, WORDS, url);
