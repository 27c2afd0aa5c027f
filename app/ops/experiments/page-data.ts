import { experiments } from '@/lib/experiments/definitions';
import {
  controlVariant,
  isRunning,
  variantNames,
  type Experiment,
} from '@/lib/experiments/experiment';
import {
  GUARDRAILS,
  type ExperimentResultsView,
  type Guardrails,
} from '@/lib/experiments/results-view';
import { experimentReport } from '@/lib/experiments/stats';
import { rumRuntime } from '@/lib/rum/runtime';
import type { VitalsCoverage } from '@/lib/rum/store/cluster-vitals';
import { variantP75 } from '@/lib/rum/store/vitals-summary';
import { events } from '@/lib/services/events/client';

function status(experiment: Experiment, now: Date): ExperimentResultsView['status'] {
  if (isRunning(experiment, now)) return 'running';
  return now.getTime() < Date.parse(experiment.start) ? 'scheduled' : 'stopped';
}

/**
 * Every experiment's numbers: conversions from the events service, vitals from the RUM store
 * (every instance's with REDIS_URL; `coverage` says whose).
 */
export async function loadExperimentResults(
  now = new Date(),
): Promise<{ results: ExperimentResultsView[]; coverage: VitalsCoverage }> {
  const { minutes, coverage } = await rumRuntime().vitals.window(now.getTime());
  const results = await Promise.all(
    experiments.map(async (experiment) => {
      const guardrails: Guardrails = Object.fromEntries(
        variantNames(experiment).map((variant) => [
          variant,
          Object.fromEntries(
            GUARDRAILS.map((name) => [name, variantP75(minutes, name, experiment.key, variant)]),
          ) as Guardrails[string],
        ]),
      );
      const results = await events.experimentResults(experiment.key, experiment.primaryMetric);
      const base = { experiment, status: status(experiment, now), guardrails };
      if (!results.ok) return { ...base, unavailable: results.error.message };
      const report = experimentReport({
        controlVariant: controlVariant(experiment),
        weightsByVariant: experiment.variants,
        variants: results.value.variants,
      });
      return { ...base, report };
    }),
  );
  return { results, coverage };
}
