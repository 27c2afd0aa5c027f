import type { DeviceClass } from './device-class';

export interface DeviceHints {
  /** Shortest side of the screen in CSS pixels, so turning a phone does not make it a tablet. */
  shortSide: number;
  /** `(pointer: coarse)`: the primary pointer is a finger. */
  coarsePointer: boolean;
  /** UA Client Hints' `mobile` (Chromium only): true on phones, false on tablets and desktops. */
  mobileHint: boolean | undefined;
}

/** Phones are narrower than this on their short side (the largest is about 480 CSS px). */
const TABLET_MIN_SHORT_SIDE = 600;

/**
 * Phone, tablet or desktop. The browser's own mobile hint wins where there is one; otherwise a
 * fine primary pointer (mouse, trackpad) means desktop whatever the window size, and a touch
 * screen is a phone or a tablet by its size.
 */
export function deviceClass({ shortSide, coarsePointer, mobileHint }: DeviceHints): DeviceClass {
  if (mobileHint) return 'phone';
  if (!coarsePointer) return 'desktop';
  return shortSide < TABLET_MIN_SHORT_SIDE ? 'phone' : 'tablet';
}

export function browserDeviceHints(): DeviceHints {
  const agent = (navigator as Navigator & { userAgentData?: { mobile?: boolean } }).userAgentData;
  return {
    shortSide: Math.min(screen.width, screen.height),
    coarsePointer: matchMedia('(pointer: coarse)').matches,
    mobileHint: agent?.mobile,
  };
}
