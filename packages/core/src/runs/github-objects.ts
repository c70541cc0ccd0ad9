/**
 * Recognises GitHub "workflow run" and "workflow job" API objects in parsed JSON and keeps the
 * few fields prodfix reasons with. The JSON is untrusted: every field is type-checked, strings
 * are capped and stripped of control characters, and anything else is ignored.
 */

/** The fields of a "get a workflow run" object that prodfix uses. */
export interface RunRecord {
  id: number;
  attempt?: number;
  runNumber?: number;
  workflow?: string;
  workflowPath?: string;
  event?: string;
  branch?: string;
  headSha?: string;
  /** `owner/name`. */
  repository?: string;
  htmlUrl?: string;
  status?: string;
  conclusion?: string;
  createdAt?: string;
}

/** The fields of a "workflow job" object (one entry of "list jobs for a workflow run") that prodfix uses. */
export interface JobRecord {
  id: number;
  runId: number;
  runAttempt?: number;
  name: string;
  workflow?: string;
  branch?: string;
  headSha?: string;
  /** `owner/name`, from the job's URLs. */
  repository?: string;
  htmlUrl?: string;
  status?: string;
  conclusion?: string;
  startedAt?: string;
  steps: JobStepRecord[];
}

export interface JobStepRecord {
  number?: number;
  name: string;
  conclusion?: string;
}

/** Run and job objects found in one parsed JSON value. */
export interface RecognisedObjects {
  runs: RunRecord[];
  jobs: JobRecord[];
}

const MAX_TEXT = 500;
/** Most list entries looked at in one JSON value (GitHub pages hold at most 100; a run at most 256 jobs). */
const MAX_LIST_ENTRIES = 10_000;
const SHA = /^[0-9a-f]{7,64}$/i;
const REPOSITORY_IN_URL = /^https?:\/\/[^/]+\/(?:repos\/)?([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/actions\//;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** A one-line, capped string, or undefined when the value is not a non-empty string. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_TEXT);
  return clean === '' ? undefined : clean;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) ? value.toLowerCase() : undefined;
}

/** `owner/name` from an API or web URL of a run or job (`…/repos/o/n/actions/…`, `https://github.com/o/n/actions/…`). */
export function repositoryFromUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > 2_000) return undefined;
  return REPOSITORY_IN_URL.exec(url)?.[1];
}

/** True for the shape of a workflow run: `id`, `run_number` or `run_attempt`, `head_sha`, `name` or `path`, and no `run_id`. */
export function isRunObject(value: unknown): value is JsonObject {
  return (
    isObject(value) &&
    positiveInteger(value.id) !== undefined &&
    (positiveInteger(value.run_number) !== undefined || positiveInteger(value.run_attempt) !== undefined) &&
    typeof value.head_sha === 'string' &&
    (typeof value.name === 'string' || typeof value.path === 'string') &&
    !('run_id' in value)
  );
}

/** True for the shape of a workflow job: `id`, `run_id`, `name`, `conclusion` (possibly null) and `steps`. */
export function isJobObject(value: unknown): value is JsonObject {
  return (
    isObject(value) &&
    positiveInteger(value.id) !== undefined &&
    positiveInteger(value.run_id) !== undefined &&
    typeof value.name === 'string' &&
    'conclusion' in value &&
    Array.isArray(value.steps)
  );
}

function toRunRecord(value: JsonObject): RunRecord {
  const repository = isObject(value.repository) ? text(value.repository.full_name) : undefined;
  return {
    id: value.id as number,
    attempt: positiveInteger(value.run_attempt),
    runNumber: positiveInteger(value.run_number),
    workflow: text(value.name),
    workflowPath: text(value.path),
    event: text(value.event),
    branch: text(value.head_branch),
    headSha: sha(value.head_sha),
    repository: repository ?? repositoryFromUrl(value.url) ?? repositoryFromUrl(value.html_url),
    htmlUrl: text(value.html_url),
    status: text(value.status),
    conclusion: text(value.conclusion),
    createdAt: text(value.run_started_at) ?? text(value.created_at),
  };
}

function toStepRecords(steps: unknown[]): JobStepRecord[] {
  const records: JobStepRecord[] = [];
  for (const step of steps.slice(0, MAX_LIST_ENTRIES)) {
    if (!isObject(step)) continue;
    const name = text(step.name);
    if (name === undefined) continue;
    records.push({ number: positiveInteger(step.number), name, conclusion: text(step.conclusion) });
  }
  return records;
}

function toJobRecord(value: JsonObject): JobRecord {
  return {
    id: value.id as number,
    runId: value.run_id as number,
    runAttempt: positiveInteger(value.run_attempt),
    name: text(value.name) ?? '',
    workflow: text(value.workflow_name),
    branch: text(value.head_branch),
    headSha: sha(value.head_sha),
    repository: repositoryFromUrl(value.run_url) ?? repositoryFromUrl(value.html_url),
    htmlUrl: text(value.html_url),
    status: text(value.status),
    conclusion: text(value.conclusion),
    startedAt: text(value.started_at) ?? text(value.created_at),
    steps: toStepRecords(value.steps as unknown[]),
  };
}

/**
 * Finds the run and job objects in one parsed JSON value: a run object, a job object, a
 * "list jobs" response (`{ jobs: [...] }`), a "list workflow runs" response
 * (`{ workflow_runs: [...] }`) or a bare array of either. Anything else yields nothing.
 */
export function recogniseObjects(value: unknown): RecognisedObjects {
  const found: RecognisedObjects = { runs: [], jobs: [] };
  const consider = (item: unknown): void => {
    if (isJobObject(item)) found.jobs.push(toJobRecord(item));
    else if (isRunObject(item)) found.runs.push(toRunRecord(item));
  };
  let list: unknown[] | undefined;
  if (Array.isArray(value)) list = value;
  else if (isObject(value) && Array.isArray(value.jobs)) list = value.jobs;
  else if (isObject(value) && Array.isArray(value.workflow_runs)) list = value.workflow_runs;
  if (list) for (const item of list.slice(0, MAX_LIST_ENTRIES)) consider(item);
  else consider(value);
  return found;
}
