/**
 * Which notice a page carries about the freshness of what it shows. The worker answers from its
 * saved copy when the network is down or slower than its timeout; the connection can also drop
 * after a fresh page has loaded. A fresh page online needs no notice.
 */
export type OfflineNotice = 'offlineSavedCopy' | 'slowSavedCopy' | 'offlineLive';

export function offlineNotice({
  fromSavedCopy,
  online,
}: {
  fromSavedCopy: boolean;
  online: boolean;
}): OfflineNotice | null {
  if (fromSavedCopy) return online ? 'slowSavedCopy' : 'offlineSavedCopy';
  return online ? null : 'offlineLive';
}
