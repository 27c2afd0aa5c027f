import { z } from 'zod';

export const faultSettingsSchema = z.object({
  mode: z.enum(['none', 'down', 'error']),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
});

export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** Simulated outage state; only reachable when test controls are enabled. */
export class FaultInjector {
  private settings: FaultSettings = { mode: 'none' };

  configure(settings: FaultSettings): void {
    this.settings = settings;
  }

  current(): FaultSettings {
    return this.settings;
  }

  /** Waits out the configured latency, then tells the caller which fault to apply. */
  async before(): Promise<FaultSettings['mode']> {
    const { latencyMs, mode } = this.settings;
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return mode;
  }
}
