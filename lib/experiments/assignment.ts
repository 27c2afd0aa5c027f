import type { Locale } from '@/lib/i18n/markets';
import type { DeviceClass } from '@/lib/device/device-class';
import { bucket } from './bucket';
import { isRunning, NOT_ENROLLED, type Experiment } from './experiment';

/** What the assignment may look at: no personal data, and nothing that changes between pages. */
export interface Visitor {
  id: string;
  locale: Locale;
  device: DeviceClass;
  bot: boolean;
}

/**
 * The variant a visitor is enrolled in, or NOT_ENROLLED: crawlers (they must index what most
 * shoppers see), visitors the targeting leaves out, and everyone outside the start–stop window.
 */
export function assignVariant(experiment: Experiment, visitor: Visitor, now: Date): string {
  if (visitor.bot || !isRunning(experiment, now)) return NOT_ENROLLED;
  const { locales, devices } = experiment.targeting ?? {};
  if (locales && !locales.includes(visitor.locale)) return NOT_ENROLLED;
  if (devices && !devices.includes(visitor.device)) return NOT_ENROLLED;
  return bucket(visitor.id, experiment.key, experiment.variants);
}
