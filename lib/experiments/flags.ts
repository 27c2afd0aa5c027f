import { flag, type Flag } from 'flags/next';
import { assignVariant, type Visitor } from './assignment';
import { experiments } from './definitions';
import { NOT_ENROLLED, variantNames, type Experiment, type ExperimentPage } from './experiment';
import { createRemoteAssignment, type RemoteAssignment } from './remote/remote-assignment';

/**
 * Experiments as Flags SDK flags: the SDK evaluates them in the proxy and serializes the
 * values into a signed code (the precompute pattern), and pages read them back from the code
 * in their path, so every combination is an ISR page of its own.
 */
export type ExperimentFlag = Flag<string, Visitor>;

/** The request header through which the proxy hands the visitor to `identify`; never read from the browser. */
export const VISITOR_HEADER = 'x-experiment-visitor';

/** What the flags are evaluated against: the visitor alone, none of the browser's own headers. */
export function visitorRequest(visitor: Visitor): Request {
  return new Request('http://experiments.internal/', { headers: { [VISITOR_HEADER]: JSON.stringify(visitor) } });
}

let remote: RemoteAssignment | null | undefined;

/** The remote provider when EXPERIMENTS_OFREP_URL is set (read at first use: the proxy has no start-up hook). */
function remoteAssignment(): RemoteAssignment | null {
  if (remote === undefined) {
    const url = process.env.EXPERIMENTS_OFREP_URL;
    remote = url ? createRemoteAssignment(url, Number(process.env.EXPERIMENTS_OFREP_TIMEOUT_MS ?? 50)) : null;
  }
  return remote;
}

function experimentFlag(experiment: Experiment): ExperimentFlag {
  return flag<string, Visitor>({
    key: experiment.key,
    description: experiment.hypothesis,
    options: [...variantNames(experiment), NOT_ENROLLED],
    defaultValue: NOT_ENROLLED,
    identify: ({ headers }) => {
      const visitor = headers.get(VISITOR_HEADER);
      return visitor ? (JSON.parse(visitor) as Visitor) : undefined;
    },
    decide: async ({ entities, headers, cookies }) => {
      if (!entities) return NOT_ENROLLED;
      const local = assignVariant(experiment, entities, new Date());
      const remote = remoteAssignment();
      return local === NOT_ENROLLED || !remote ? local : remote(experiment, entities, { headers, cookies });
    },
  });
}

const flagsByPage = new Map<ExperimentPage, ExperimentFlag[]>();

/** The flags of one page's experiments, in definition order (the order the code encodes). */
export function pageFlags(page: ExperimentPage): ExperimentFlag[] {
  let flags = flagsByPage.get(page);
  if (!flags) {
    flags = experiments.filter((experiment) => experiment.page === page).map(experimentFlag);
    flagsByPage.set(page, flags);
  }
  return flags;
}
