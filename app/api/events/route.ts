import type { NextRequest } from 'next/server';
import { collectExposure } from '@/lib/experiments/collect-exposure';
import { exposureCollector } from '@/lib/experiments/events-sink';

/** Experiment exposures from the browser (sendBeacon or fetch keepalive); see lib/experiments/README.md. */
export async function POST(request: NextRequest): Promise<Response> {
  return collectExposure(request, exposureCollector());
}
