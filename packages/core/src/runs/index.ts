/** Reasoning across runs: run/job context from stored API objects, intermittent failures, reproduction recipes, hour histogram. */
export { loadRunContexts, type RunContextOptions } from './context.js';
export { RunIndex } from './run-index.js';
export type { JobRecord, JobStepRecord, RunRecord } from './github-objects.js';
export { findIntermittent, WHOLE_RUN } from './intermittent.js';
export { defaultSignature, type SignatureOf } from './signature.js';
export { buildRecipe } from './recipe.js';
export { hourHistogram, hourOfTimestamp, peakHour } from './histogram.js';
