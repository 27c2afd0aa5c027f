/** Chrome's install event; not in the DOM typings. */
export interface InstallOfferEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallOfferEvent | undefined;
let holding = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

/**
 * The browser's install offer (`beforeinstallprompt`), held from the first render on. The install
 * prompt's component mounts only once the page is idle, and on a visit the service worker already
 * controls the event can come before that: held here, it is not missed. Holding it also keeps the
 * browser's own mini-infobar back, so the offer comes at a calm moment, in the shopper's language.
 */
export const installOffer = {
  hold(): void {
    if (holding || typeof window === 'undefined') return;
    holding = true;
    addEventListener('beforeinstallprompt', (event) => {
      event.preventDefault();
      offer = event as InstallOfferEvent;
      emit();
    });
    addEventListener('appinstalled', () => installOffer.clear());
  },
  current: (): InstallOfferEvent | undefined => offer,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  clear(): void {
    offer = undefined;
    emit();
  },
};
