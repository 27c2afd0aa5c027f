import { flag, type Flag } from 'flags/next';
import { assignVariant, type Visitor } from './assignment';
import { experiments } from './definitions';
import { NOT_ENROLLED, variantNames, type Experiment, type ExperimentPage } from './experiment';

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
    decide: ({ entities }) => (entities ? assignVariant(experiment, entities, new Date()) : NOT_ENROLLED),
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
