/** Order numbers as the checkout service makes them (ORD- and six letters or digits). */
export const ORDER_NUMBER = /^ORD-[A-Z0-9]{6}$/;
