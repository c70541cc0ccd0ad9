// Types of server.mjs for TypeScript tests (the fake is plain JavaScript so that node runs it as is).

/** A step of a job in a scenario. */
export interface StepInput {
  name: string;
  /** default 'success' */
  conclusion?: string | null;
  /** this step's log text; the job log is the steps' logs joined unless the job gives `log` */
  log?: string;
}

/** A job of a run attempt. Ids are unique across the scenario (generated from 90000000 when absent). */
export interface JobInput {
  id?: number;
  name: string;
  /** default 'completed' (or the attempt's status when that is not 'completed') */
  status?: string;
  /** default 'success' when completed, else null */
  conclusion?: string | null;
  /** default: 'Set up job', 'Run tests' (the job's conclusion and log), 'Complete job' */
  steps?: StepInput[];
  /** the whole job log; default: the steps' logs joined */
  log?: string;
  /** synthetic runner log lines of exactly this many bytes, streamed before `log` */
  logBytes?: number;
  /** the job-logs endpoint answers this status (403, 404, 410) instead of a 302 */
  logStatus?: number;
  /** default ['ubuntu-latest'] */
  labels?: string[];
}

/** One attempt of a run (attempt numbers are 1-based positions in `attempts`). */
export interface AttemptInput {
  /** default 'completed' */
  status?: string;
  /** default 'failure' if a job failed, else 'success' (null when not completed) */
  conclusion?: string | null;
  jobs: JobInput[];
  /** this attempt's log zip answers this status (403, 404, 410) */
  logsStatus?: number;
}

/** A workflow run. */
export interface RunInput {
  id: number;
  /** default 1000 + index of the workflow path among the repo's workflow paths */
  workflowId?: number;
  /** default 'CI' */
  workflowName?: string;
  /** default '.github/workflows/ci.yml' */
  workflowPath?: string;
  /** default: rank by createdAt among the repo's runs, oldest = 1 */
  runNumber?: number;
  /** default 'push' */
  event?: string;
  /** default 'main' */
  branch?: string;
  /** default: 40 hex digits derived from the id */
  headSha?: string;
  displayTitle?: string;
  /** ISO time; default 2024-05-01T10:00:00Z plus one hour per position in `runs` */
  createdAt?: string;
  /** shorthand for a single attempt: its status, conclusion and jobs */
  status?: string;
  conclusion?: string | null;
  jobs?: JobInput[];
  /** oldest first; wins over the shorthand */
  attempts?: AttemptInput[];
  /** every log zip of this run answers this status (403, 404, 410) */
  logsStatus?: number;
  /** the run, its attempts, jobs and logs answer 403; list endpoints leave it out */
  forbidden?: boolean;
}

/** A repository. */
export interface RepoInput {
  owner: string;
  name: string;
  /** default 500000000 + position; Link headers use `/repositories/{id}/…` like GitHub */
  id?: number;
  private?: boolean;
  /** every route of the repo answers 403 "Resource not accessible by integration" */
  forbidden?: boolean;
  runs?: RunInput[];
}

/** The whole in-memory world the fake serves. */
export interface ScenarioInput {
  /** the token the API accepts as `token X` or `Bearer X`; default 'ghs_faketoken0000000000000000000000000000' */
  token?: string;
  repos: RepoInput[];
}

export type FaultKind = 'status' | 'delay' | 'reset' | 'timeout' | 'stall' | 'primary-rate-limit' | 'secondary-rate-limit';

/** API route names (see routes.mjs); the log host's are 'jobLogContent' and 'runLogZipContent'. */
export type RouteName =
  | 'listRuns' | 'listWorkflowRuns' | 'getRun' | 'getAttempt' | 'listJobs' | 'listAttemptJobs'
  | 'getJob' | 'downloadJobLogs' | 'downloadRunLogs' | 'downloadAttemptLogs'
  | 'jobLogContent' | 'runLogZipContent' | 'unknown';

/** What goes wrong, for which requests. Rules are checked in order, each counting its own matches. */
export interface FaultRule {
  kind: FaultKind;
  /** any route when absent */
  route?: RouteName | RouteName[];
  server?: 'api' | 'logs';
  /** only these (1-based) matching requests */
  nth?: number[];
  /** stop after this many hits */
  times?: number;
  /** 'status': default 500; 'primary-rate-limit': 403 (default) or 429 */
  status?: number;
  /** 'delay' */
  delayMs?: number;
  /** 'secondary-rate-limit': retry-after seconds, default 1 */
  retryAfter?: number;
  /** 'primary-rate-limit': x-ratelimit-reset = now + this many seconds, default 1 */
  resetAfter?: number;
}

export interface FakeGitHubOptions {
  scenario: ScenarioInput;
  faults?: FaultRule[];
  /** added to every request on both servers */
  latencyMs?: number;
  /** API requests in flight above this answer a secondary rate limit */
  concurrencyLimit?: number;
  /** web host in html_url fields; default https://github.com */
  serverUrl?: string;
  port?: number;
  logsPort?: number;
}

export interface RecordedRequest {
  /** 1-based, across both servers */
  n: number;
  server: 'api' | 'logs';
  method: string;
  path: string;
  query: Record<string, string>;
  /** without `authorization` */
  headers: Record<string, string | string[] | undefined>;
  hadAuthorization: boolean;
  /** scheme of the Authorization header (`token`, `Bearer`), never its value */
  authScheme: string | undefined;
  route: RouteName | undefined;
  /** set once answered; undefined for reset/timeout faults */
  status: number | undefined;
  fault: FaultKind | undefined;
}

export declare class FaultPlan {
  constructor(rules?: FaultRule[]);
  add(rule: FaultRule): void;
  clear(): void;
}

export declare class FakeGitHub {
  /** API base URL, e.g. http://127.0.0.1:41234 (use as GITHUB_API_URL / baseUrl) */
  readonly url: string;
  /** the log host's base URL (where 302s point) */
  readonly logHostUrl: string;
  readonly token: string;
  readonly requests: RecordedRequest[];
  readonly peakConcurrency: { api: number; logs: number };
  /** add or clear fault rules while running */
  readonly faults: FaultPlan;
  routeCounts(): Partial<Record<RouteName, number>>;
  logHostRequestsWithAuthorization(): RecordedRequest[];
  resetRecording(): void;
  close(): Promise<void>;
}

export declare function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub>;
