import { collectBeacon } from '@/lib/rum/collect-beacon';
import { rumRuntime } from '@/lib/rum/runtime';

/** Real-user vitals from the browser reporter (sendBeacon or fetch keepalive); see lib/rum/README.md. */
export async function POST(request: Request): Promise<Response> {
  return collectBeacon(request, rumRuntime());
}
