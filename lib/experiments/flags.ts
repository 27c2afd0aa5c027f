import { flag, type Flag } from 'flags/next';
import { assignVariant, type Visitor } from './assignment';
import { experiments } from './definitions';
import { NO_REQUEST } from './flag-params';
import { NOT_ENROLLED, variantNames, type Experiment, type ExperimentPage } from './experiment';
import { createRemoteAssignment, type RemoteAssignment } from './remote/remote-assignment';

/**
 * Experiments as Flags SDK flags: each flag's decide() assigns the variant, the SDK serializes
 * a page's values into a signed code (the precompute pattern), and pages read them back from
 * the code in their path, so every combination is an ISR page of its own.
 */
export type ExperimentFlag = Flag<string, Visitor>;

let remote: RemoteAssignment | null | undefined;

/** The remote provider when EXPERIMENTS_OFREP_URL is set (read at first use: the proxy has no start-up hook). */
function remoteAssignment(): RemoteAssignment | null {
  if (remote === undefined) {
    const url = process.env.EXPERIMENTS_OFREP_URL;
    remote = url
      ? createRemoteAssignment(url, Number(process.env.EXPERIMENTS_OFREP_TIMEOUT_MS ?? 50))
      : null;
  }
  return remote;
}

function experimentFlag(experiment: Experiment): ExperimentFlag {
  return flag<string, Visitor>({
    key: experiment.key,
    description: experiment.hypothesis,
    options: [...variantNames(experiment), NOT_ENROLLED],
    defaultValue: NOT_ENROLLED,
    decide: async ({ entities }) => {
      if (!entities) return NOT_ENROLLED;
      const local = assignVariant(experiment, entities, new Date());
      const remote = remoteAssignment();
      return local === NOT_ENROLLED || !remote ? local : remote(experiment, entities);
    },
  });
}

/**
 * The flag's value for a visitor. The flag's own decide(), not the SDK's evaluate(): that one
 * would read headers and cookies the routing already parsed and wrap each call in an
 * AsyncLocalStorage run, which is most of its cost on a cached page. The request itself is
 * not needed (a remote provider gets the visitor as its context).
 */
export function decideFlag(flag: ExperimentFlag, visitor: Visitor): Promise<string> {
  return Promise.resolve(flag.decide!({ ...NO_REQUEST, entities: visitor }));
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
