import { linkMail, type LinkMailWords, type RenderedMail } from './layout';
import type { MailLocale } from '../mail-outbox';

const WORDS: LinkMailWords = {
  'en-US': {
    subject: 'Reset your password',
    paragraphs: [
      'We received a request to reset the password of your Northwind Supply account. Use this link to choose a new one; it works once and for a limited time.',
    ],
    action: 'Choose a new password',
    notes: ['If you did not ask for this, please ignore this email: your password stays as it is.'],
  },
  'de-DE': {
    subject: 'Setzen Sie Ihr Passwort zurück',
    paragraphs: [
      'Wir haben eine Anfrage erhalten, das Passwort Ihres Kontos bei Northwind Supply zurückzusetzen. Über diesen Link wählen Sie ein neues; er ist einmal und für begrenzte Zeit gültig.',
    ],
    action: 'Neues Passwort wählen',
    notes: [
      'Wenn Sie dies nicht angefordert haben, ignorieren Sie bitte diese E-Mail: Ihr Passwort bleibt unverändert.',
    ],
  },
  'fr-FR': {
    subject: 'Réinitialisez votre mot de passe',
    paragraphs: [
      'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Northwind Supply. Ce lien vous permet d’en choisir un nouveau ; il est valable une seule fois et pour une durée limitée.',
    ],
    action: 'Choisir un nouveau mot de passe',
    notes: [
      'Si vous n’êtes pas à l’origine de cette demande, veuillez ignorer cet e-mail : votre mot de passe reste inchangé.',
    ],
  },
  'ja-JP': {
    subject: 'パスワードの再設定',
    paragraphs: [
      'Northwind Supply アカウントのパスワード再設定のご依頼を承りました。以下のリンクから新しいパスワードを設定してください。リンクは一度のみ、期間限定で有効です。',
    ],
    action: '新しいパスワードを設定する',
    notes: ['お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。'],
  },
};

export const passwordResetMail = (locale: MailLocale, url: string): RenderedMail =>
  linkMail(locale, WORDS, url);
