let drawer: Promise<typeof import('./cart-drawer')> | undefined;

/**
 * The drawer's code, fetched once. Called as soon as a shopper heads for the cart (a mouse over,
 * or focus on, the badge or the add button), so the drawer is ready when the server answers.
 */
export function loadCartDrawer() {
  drawer ??= import('./cart-drawer').catch((failure: unknown) => {
    // Offline, say: the next try must fetch again rather than keep the failure.
    drawer = undefined;
    throw failure;
  });
  return drawer;
}

/** Starts fetching the drawer's code ahead of need; a failure is met, if at all, on opening. */
export function preloadCartDrawer(): void {
  loadCartDrawer().catch(() => undefined);
}

/**
 * A mouse over the badge or the add button: the drawer is likely to open, and there is time to
 * fetch it. A touch brings its pointer events with the tap itself, where inserting the drawer's
 * scripts would delay the tap's own answer; there the drawer loads on opening (or earlier, when
 * a page knows it will be needed: the product page, once a variant is chosen).
 */
export function preloadCartDrawerOnHover(event: { pointerType: string }): void {
  if (event.pointerType === 'mouse') preloadCartDrawer();
}
