let drawer: Promise<typeof import('./cart-drawer')> | undefined;

/**
 * The drawer's code, fetched once. Called as soon as a shopper heads for the cart (hovering or
 * focusing the badge or the add button), so the drawer is ready when the server answers.
 */
export function loadCartDrawer() {
  drawer ??= import('./cart-drawer');
  return drawer;
}
