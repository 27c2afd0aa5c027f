import { spawnSync } from 'node:child_process';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service, type IPodSpec } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';

/**
 * The Kubernetes objects of deploy/k8s as `kubectl kustomize` renders them, each checked against
 * the API schema of its kind (kubernetes-models, offline). For the tests.
 */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

// The kinds the base uses; another one fails until it is added here, with its schema.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
};

/** Throws, naming the object, when its kind is unknown or it breaks its schema. */
export function validate(object: KubeObject): void {
  const Model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!Model)
    throw new Error(`${object.kind} ${object.metadata.name}: no schema for ${object.apiVersion}`);
  try {
    new Model(object as never).validate();
  } catch (error) {
    throw new Error(`${object.kind} ${object.metadata.name}: ${String(error)}`);
  }
}

export function parseObjects(text: string): KubeObject[] {
  return parseAllDocuments(text).map((document) => document.toJS() as KubeObject);
}

export function kustomize(dir: string): KubeObject[] {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  if (run.error)
    throw new Error("kubectl not found: apt-get install kubernetes-client, or Google's kubectl");
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${run.stderr}`);
  return parseObjects(run.stdout);
}

/** The pod template of a workload (Deployment, StatefulSet); undefined for other kinds. */
export function podSpec(object: KubeObject): IPodSpec | undefined {
  const spec = object.spec as { template?: { spec?: IPodSpec } } | undefined;
  return spec?.template?.spec;
}
