/**
 * The device classes the storefront tells apart: experiments target them (from request headers,
 * ./from-headers.ts) and RUM breaks vitals down by them (from the screen, ./in-browser.ts).
 */
export const DEVICE_CLASSES = ['phone', 'tablet', 'desktop'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];
