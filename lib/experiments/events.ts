/** The same-origin collector for experiment events (app/api/events/route.ts). */
export const EVENTS_ENDPOINT = '/api/events';

/** What the browser reports: that a variant rendered for this visitor. Conversions are recorded on the server. */
export interface ExposureEvent {
  type: 'exposure';
  experiment: string;
  variant: string;
  /** The page's locale (`<html lang>`), which targeting may depend on; the collector re-checks the assignment with it. */
  locale: string;
}
