import { composeMail, type RenderedMail } from './layout';
import type { MailLocale } from '../mail-outbox';

const WORDS: Record<
  MailLocale,
  { subject: string; paragraph: string; signIn: string; reset: string; note: string }
> = {
  'en-US': {
    subject: 'You already have an account',
    paragraph:
      'Someone, probably you, tried to create a Northwind Supply account with this email address. There is already an account for it, so nothing was changed.',
    signIn: 'Sign in',
    reset: 'Forgot your password? Choose a new one',
    note: 'If this was not you, you can ignore this email.',
  },
  'de-DE': {
    subject: 'Sie haben bereits ein Konto',
    paragraph:
      'Jemand, vermutlich Sie, wollte mit dieser E-Mail-Adresse ein Konto bei Northwind Supply erstellen. Für diese Adresse besteht bereits ein Konto, daher wurde nichts geändert.',
    signIn: 'Anmelden',
    reset: 'Passwort vergessen? Wählen Sie ein neues',
    note: 'Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
  },
  'fr-FR': {
    subject: 'Vous avez déjà un compte',
    paragraph:
      'Quelqu’un, probablement vous, a tenté de créer un compte Northwind Supply avec cette adresse e-mail. Un compte existe déjà pour cette adresse ; rien n’a donc été modifié.',
    signIn: 'Se connecter',
    reset: 'Mot de passe oublié ? Choisissez-en un nouveau',
    note: 'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail.',
  },
  'ja-JP': {
    subject: 'すでにアカウントをお持ちです',
    paragraph:
      'このメールアドレスで Northwind Supply のアカウント作成が試みられましたが、このアドレスのアカウントはすでに存在するため、変更は行われていません。',
    signIn: 'ログインする',
    reset: 'パスワードをお忘れの場合は、新しいパスワードを設定してください',
    note: 'お心当たりがない場合は、このメールを無視してください。',
  },
};

export function accountExistsMail(
  locale: MailLocale,
  links: { signInUrl: string; resetUrl: string },
): RenderedMail {
  const words = WORDS[locale];
  return composeMail(locale, {
    subject: words.subject,
    paragraphs: [words.paragraph],
    links: [
      { label: words.signIn, url: links.signInUrl },
      { label: words.reset, url: links.resetUrl },
    ],
    notes: [words.note],
  });
}
