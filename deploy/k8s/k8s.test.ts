import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IContainer } from 'kubernetes-models/v1';
import { kustomize, parseObjects, podSpec, validate, type KubeObject } from './manifests';

/**
 * deploy/k8s as rendered by `kubectl kustomize` (.ci/run installs kubectl): every object valid
 * for its kind, and what keeps the storefront up through rollouts, drains and load.
 */
const objects = kustomize(import.meta.dirname);
const find = (kind: string, name: string) =>
  objects.find((object) => object.kind === kind && object.metadata.name === name);
const workloads = objects.filter((object) => podSpec(object));
const storefront = find('Deployment', 'storefront')!;
const storefrontPod = podSpec(storefront)!;
const storefrontContainer = storefrontPod.containers[0]!;
const template = parseObjects(
  readFileSync(join(import.meta.dirname, 'secrets.example.yaml'), 'utf8'),
);

function containers(object: KubeObject): IContainer[] {
  const pod = podSpec(object)!;
  return [...(pod.initContainers ?? []), ...pod.containers];
}

describe('deploy/k8s', () => {
  it('renders objects that are valid for their kinds, the Secret template too', () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const object of [...objects, ...template]) validate(object);
  });

  it('probes every container that serves HTTP, and gives the storefront a start-up allowance', () => {
    const http = workloads
      .flatMap(containers)
      .filter((c) => c.ports?.some((p) => p.name === 'http'));
    expect(http.map((container) => container.name).sort()).toEqual([
      'services',
      'storefront',
      'varnish',
    ]);
    for (const container of http) {
      expect(container.readinessProbe, container.name).toBeDefined();
      expect(container.livenessProbe, container.name).toBeDefined();
    }
    expect(storefrontContainer.startupProbe?.httpGet?.path).toBe('/api/health/live');
    expect(storefrontContainer.readinessProbe?.httpGet?.path).toBe('/api/health/ready');
    expect(storefrontContainer.livenessProbe?.httpGet?.path).toBe('/api/health/live');
  });

  it('sets CPU and memory requests and limits on every container', () => {
    for (const container of workloads.flatMap(containers))
      for (const bound of ['requests', 'limits'] as const)
        expect(Object.keys(container.resources?.[bound] ?? {}).sort(), container.name).toEqual([
          'cpu',
          'memory',
        ]);
  });

  it('runs the storefront as user 10001 on a read-only root, writing only to its volumes, on every interface', () => {
    expect(storefrontPod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
    expect(storefrontPod.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
    expect(storefrontContainer.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(find('ConfigMap', 'storefront-config')?.data).toMatchObject({ HOSTNAME: '0.0.0.0' });
    const mounts = storefrontContainer.volumeMounts?.map((mount) => mount.mountPath);
    expect(mounts).toEqual(['/app/.next/cache', '/tmp']);
    expect(storefrontPod.volumes?.every((volume) => volume.emptyDir)).toBe(true);
  });

  it('drains within the grace period: preStop, then SIGTERM and the 25 s drain', () => {
    const preStop = storefrontContainer.lifecycle?.preStop?.sleep?.seconds ?? 0;
    expect(preStop).toBeGreaterThan(0);
    expect(storefrontPod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStop + 30);
  });

  it('keeps two storefront pods through disruptions and scales the storefront on CPU', () => {
    const pdb = find('PodDisruptionBudget', 'storefront') as IPodDisruptionBudget;
    const labels = (storefront.spec as { template: { metadata: { labels: object } } }).template
      .metadata.labels;
    expect(labels).toMatchObject(pdb.spec?.selector?.matchLabels ?? { missing: true });
    expect(pdb.spec?.minAvailable).toBeGreaterThanOrEqual(2);
    const hpa = find('HorizontalPodAutoscaler', 'storefront') as IHorizontalPodAutoscaler;
    expect(hpa.spec?.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'storefront',
    });
    expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(3);
    expect(hpa.spec?.metrics?.[0]?.resource?.name).toBe('cpu');
  });

  it('ships only a Secret template, of placeholders, holding every key the base reads', () => {
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
    const values = template.flatMap((secret) => Object.entries(secret.stringData as object));
    for (const [key, value] of values) expect(value, key).toMatch(/^REPLACE_ME/);
    const refs = workloads.flatMap(containers).flatMap((c) => c.env ?? []);
    for (const { valueFrom } of refs)
      if (valueFrom?.secretKeyRef)
        expect(values.map(([key]) => key)).toContain(valueFrom.secretKeyRef.key);
  });

  it('gives the cache tier the shared VCL and purges each of its replicas', () => {
    const vcl = objects.find((object) => object.metadata.name.startsWith('varnish-vcl'))!;
    const data = vcl.data as Record<string, string>;
    expect(data['default.vcl']).toBe(
      readFileSync(join(import.meta.dirname, '../varnish/default.vcl'), 'utf8'),
    );
    expect(data['backends.vcl']).toContain('sub edge_backend');
    const varnish = find('StatefulSet', 'varnish')!;
    expect(podSpec(varnish)?.volumes?.[0]?.configMap?.name).toBe(vcl.metadata.name);
    const replicas = (varnish.spec as { replicas: number }).replicas;
    const config = find('ConfigMap', 'storefront-config')!.data as Record<string, string>;
    const purged = Array.from(
      { length: replicas },
      (_, i) => `http://varnish-${i}.varnish-peers:8080`,
    );
    expect(config.EDGE_PURGE_URLS?.split(',')).toEqual(purged);
  });
});
