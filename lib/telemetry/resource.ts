import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
  type Resource,
} from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { version } from '@/package.json';

/**
 * Who emitted the telemetry: the SDK's defaults, then the storefront's name and version, then
 * OTEL_RESOURCE_ATTRIBUTES (a later merge wins, so a deployment can override any of it).
 */
export function storefrontResource(serviceName: string): Resource {
  return defaultResource()
    .merge(
      resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName, [ATTR_SERVICE_VERSION]: version }),
    )
    .merge(detectResources({ detectors: [envDetector] }));
}
