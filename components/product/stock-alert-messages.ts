import type { AccountTranslator } from '@/lib/account/account-form';

export interface StockAlertMessages {
  notify: string;
  emailLabel: string;
  variantLabel: string;
  submit: string;
  pending: string;
}

/** The "email me when it is back" form's labels; what the action answers comes localized. */
export function stockAlertMessages(t: AccountTranslator): StockAlertMessages {
  return {
    notify: t('stockAlert.notify'),
    emailLabel: t('stockAlert.emailLabel'),
    variantLabel: t('stockAlert.variantLabel'),
    submit: t('stockAlert.submit'),
    pending: t('stockAlert.pending'),
  };
}
