/**
 * The most of one variant a cart line holds. A module of its own because the cart editor in the
 * browser needs the number and not the validation around it (./cart-input.ts imports zod, which
 * would otherwise be shipped and evaluated with the cart drawer).
 */
export const MAX_LINE_QUANTITY = 99;
