import type { OutgoingMail } from '../mail-outbox';
import { accountExistsMail } from './account-exists';
import { backInStockMail } from './back-in-stock';
import { emailChangeLinkMail } from './email-change-link';
import type { RenderedMail } from './layout';
import { orderConfirmationMail } from './order-confirmation';
import { passwordResetMail } from './password-reset';
import { signUpLinkMail } from './sign-up-link';
import { stockAlertConfirmMail } from './stock-alert-confirm';

/** Subject, text and HTML of a mail, in its recipient's language. */
export function renderMail(mail: OutgoingMail, storefrontUrl: string): RenderedMail {
  switch (mail.kind) {
    case 'order-confirmation':
      return orderConfirmationMail(mail.locale, mail.data.order, storefrontUrl);
    case 'sign-up-link':
      return signUpLinkMail(mail.locale, mail.data.url);
    case 'account-exists':
      return accountExistsMail(mail.locale, mail.data);
    case 'password-reset':
      return passwordResetMail(mail.locale, mail.data.url);
    case 'email-change-link':
      return emailChangeLinkMail(mail.locale, mail.data.url);
    case 'stock-alert-confirm':
      return stockAlertConfirmMail(mail.locale, mail.data);
    case 'back-in-stock':
      return backInStockMail(mail.locale, mail.data);
  }
}
