import type { VitalName } from '@/lib/rum/vitals';
import type { Experiment } from './experiment';
import type { ExperimentReport } from './stats';

/** The vitals each variant is held to: a winner must not be slower. */
export const GUARDRAILS: VitalName[] = ['LCP', 'INP', 'CLS'];

/** Variant → vital → p75 with its sample size. */
export type Guardrails = Record<string, Record<VitalName, { count: number; p75: number | null }>>;

/** What the results page shows for one experiment. */
export interface ExperimentResultsView {
  experiment: Experiment;
  status: 'running' | 'scheduled' | 'stopped';
  report?: ExperimentReport;
  /** Why there is no report: the events service did not answer. */
  unavailable?: string;
  /** p75 of the last hour of real-user vitals per variant (RUM store: all instances with Redis). */
  guardrails: Guardrails;
}
