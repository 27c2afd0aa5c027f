'use client';

import { PendingAddsSync, type PendingAddsMessages } from '@/components/cart/pending-adds-sync';
import { ToastDock } from '@/components/ui/toast-dock';
import type { Locale } from '@/lib/i18n/markets';
import { InstallPrompt, type InstallPromptMessages } from './install-prompt';
import { OfflineBanner, type OfflineBannerMessages } from './offline-banner';
import { ServiceWorkerLifecycle } from './service-worker';
import type { UpdateNoticeMessages } from './update-notice';

export interface PwaDockMessages {
  banner: OfflineBannerMessages;
  pendingAdds: PendingAddsMessages;
  update: UpdateNoticeMessages;
  install: InstallPromptMessages;
}

/**
 * The installed-app layer, in one dock along the bottom edge: the offline banner, the report on
 * adds sent from the offline queue, the new-version notice and the install offer.
 */
export default function PwaDockContents({
  locale,
  messages: m,
}: {
  locale: Locale;
  messages: PwaDockMessages;
}) {
  return (
    <ToastDock edge={<OfflineBanner locale={locale} messages={m.banner} />}>
      <PendingAddsSync locale={locale} messages={m.pendingAdds} />
      <ServiceWorkerLifecycle messages={m.update} />
      <InstallPrompt messages={m.install} />
    </ToastDock>
  );
}
