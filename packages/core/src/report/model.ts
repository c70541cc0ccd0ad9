/**
 * The analysis report: what the JSON report holds (schema: `packages/core/schema/report.schema.json`),
 * what the Markdown summary, annotations, CLI and outputs are rendered from.
 * Line numbers are always 1-based lines of the raw file as stored on disk.
 */

export const REPORT_VERSION = 1;

export type LogFormat =
  /** `2024-05-06T09:50:14.1206542Z text` per line (a job log downloaded from GitHub). */
  | 'github-raw'
  /** `job<TAB>step<TAB>timestamp text` (`gh run view --log`). */
  | 'github-cli'
  /** Anything else: a build log, an application log. */
  | 'plain';

export type JobStatus = 'failed' | 'passed' | 'cancelled' | 'unknown';

export const CATEGORIES = [
  'test-assertion',
  'compilation',
  'lint-format',
  'dependency',
  'network',
  'rate-limit',
  'timeout',
  'out-of-memory',
  'disk-full',
  'crash',
  'deadlock',
  'race-condition',
  'permission-auth',
  'missing-config',
  'infrastructure',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One line quoted from a log as evidence (text has ANSI codes removed, length capped). */
export interface EvidenceLine {
  line: number;
  text: string;
}

/** A short excerpt of the raw log that explains (part of) a failure. */
export interface Failure {
  /** 1 = the most likely explanation. */
  rank: number;
  startLine: number;
  endLine: number;
  /** The excerpt's lines, startLine..endLine (ANSI removed, each capped). */
  lines: string[];
  /** The single line that best states the error (a line number inside the excerpt). */
  errorLine: number;
  /** That line's text, one line, trimmed: what a person would quote. */
  title: string;
  category: Category;
  /** 0..1 */
  confidence: number;
  /** Failing test names this excerpt names, if any. */
  tests: string[];
  /** Name of the step the excerpt belongs to, when the log says. */
  step?: string;
  /** A source file and line the error points at, mapped to the repository when possible. */
  location?: { file: string; line?: number; column?: number };
  /** Why this excerpt was chosen (signatures that matched), for people and for debugging. */
  signals: string[];
}

export interface StepInfo {
  name: string;
  startLine: number;
  endLine: number;
  /** The command of a `run:` step, from its `##[group]Run …` block. */
  command?: string;
  exitCode?: number;
  failed: boolean;
}

export interface Classification {
  category: Category;
  confidence: number;
  evidence: EvidenceLine[];
  /** What the guide recommends for this kind of failure. */
  recommendation: string;
}

/** Run and job facts known from API objects stored next to a log (collect-logs output). */
export interface RunContext {
  runId?: number;
  runAttempt?: number;
  workflow?: string;
  workflowPath?: string;
  event?: string;
  branch?: string;
  headSha?: string;
  repository?: string;
  htmlUrl?: string;
  jobId?: number;
  jobName?: string;
  jobConclusion?: string;
  createdAt?: string;
  /** True when the log was collected as a baseline (a passing run of the same job). */
  baseline?: boolean;
}

export interface FileReport {
  /** Path as given (relative to the working directory when possible; `zip!entry` for zip entries). */
  path: string;
  format: LogFormat;
  status: JobStatus;
  /** How the status was decided (e.g. `##[error]Process completed with exit code 1`). */
  statusReason: string;
  lines: number;
  bytes: number;
  /** Failing step (raw GitHub logs), its exit code and command. */
  steps: StepInfo[];
  failures: Failure[];
  /** Failing tests named anywhere in the log. */
  failedTests: string[];
  classification?: Classification;
  context?: RunContext;
  /** Problems reading this file (cut lines, replaced bytes, skipped: binary). */
  notes: string[];
}

export interface PatternOccurrence {
  path: string;
  line: number;
}

export interface Pattern {
  /** The template with variables masked as `<*>`-style tokens (`<NUM>`, `<HEX>`, `<PATH>`, …). */
  template: string;
  count: number;
  /** Up to a few example lines (raw text, ANSI removed). */
  examples: EvidenceLine[];
  /** Files the pattern appears in, with the first line in each (the first few). */
  files: PatternOccurrence[];
  /** Distinct run ids it appears in, where known (the first few). */
  runs: number[];
  /** How many distinct files it appears in (`files` lists the first few). */
  fileCount: number;
  /** How many distinct runs it appears in, where known (`runs` lists the first few). */
  runCount: number;
  category: Category;
}

export interface IntermittentFailure {
  /** Workflow / job name the flag is about. */
  workflow?: string;
  job: string;
  headSha?: string;
  reason: 'failed-and-passed-on-same-commit' | 'passed-on-rerun' | 'alternating-signature' | 'known-flaky-signature';
  detail: string;
  runs: number[];
  paths: string[];
}

export interface ReproductionRecipe {
  path: string;
  job?: string;
  workflow?: string;
  headSha?: string;
  runId?: number;
  step?: string;
  /** The failing step's command, from its `##[group]Run` block. */
  command?: string;
  /** `gh run rerun <id> --failed` when the run id is known. */
  rerun?: string;
  /** A command to try locally, when one can be inferred (e.g. `npx jest path -t name`). */
  local?: string;
  /** Environment variables that turn on debug output for this tool chain. */
  debugEnv: Record<string, string>;
  steps: string[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: 'prodfix'; version: string };
  generatedAt: string;
  verdict: string;
  files: FileReport[];
  /** Number of failed jobs/files per category of their top failure. */
  categories: Partial<Record<Category, number>>;
  patterns: Pattern[];
  intermittent: IntermittentFailure[];
  recipes: ReproductionRecipe[];
  /** Error lines per hour of day (UTC, 0..23), from timestamps in the logs. */
  hourHistogram: number[];
  stats: { files: number; failed: number; lines: number; bytes: number; durationMs: number };
  /** Things the reader should know (inputs skipped, limits hit). */
  notes: string[];
}
