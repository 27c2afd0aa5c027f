let drawer: Promise<typeof import('./cart-drawer')> | undefined;

/**
 * The drawer's code, fetched once. Called as soon as a shopper heads for the cart (hovering or
 * focusing the badge or the add button), so the drawer is ready when the server answers.
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
