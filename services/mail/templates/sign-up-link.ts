import { linkMail, type LinkMailWords, type RenderedMail } from './layout';
import type { MailLocale } from '../mail-outbox';

const WORDS: LinkMailWords = {
  'en-US': {
    subject: 'Confirm your email to create your account',
    paragraphs: [
      'Please confirm your email address to create your Northwind Supply account. The link works once and for a limited time.',
    ],
    action: 'Confirm and create my account',
    notes: [
      'If you did not ask for an account, please ignore this email: nothing will be created.',
    ],
  },
  'de-DE': {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu erstellen',
    paragraphs: [
      'Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto bei Northwind Supply zu erstellen. Der Link ist einmal und für begrenzte Zeit gültig.',
    ],
    action: 'Bestätigen und Konto erstellen',
    notes: [
      'Wenn Sie kein Konto angefordert haben, ignorieren Sie bitte diese E-Mail: Es wird nichts erstellt.',
    ],
  },
  'fr-FR': {
    subject: 'Confirmez votre adresse e-mail pour créer votre compte',
    paragraphs: [
      'Veuillez confirmer votre adresse e-mail pour créer votre compte Northwind Supply. Le lien est valable une seule fois et pour une durée limitée.',
    ],
    action: 'Confirmer et créer mon compte',
    notes: [
      'Si vous n’avez pas demandé de compte, veuillez ignorer cet e-mail : rien ne sera créé.',
    ],
  },
  'ja-JP': {
    subject: 'アカウント作成のため、メールアドレスをご確認ください',
    paragraphs: [
      'Northwind Supply のアカウントを作成するには、メールアドレスをご確認ください。このリンクは一度のみ、期間限定で有効です。',
    ],
    action: '確認してアカウントを作成する',
    notes: ['お心当たりがない場合は、このメールを無視してください。アカウントは作成されません。'],
  },
};

export const signUpLinkMail = (locale: MailLocale, url: string): RenderedMail =>
  linkMail(locale, WORDS, url);
