import type { Logger } from '@prodfix/core';
import type { Manifest } from './manifest.js';
import type { LogSource } from './zip-job-match.js';

/** Largest log collected when `maxLogBytes` is not given: 512 MiB. */
export const DEFAULT_MAX_LOG_BYTES = 512 * 1024 * 1024;

/** Everything `collect` needs; see the action's inputs for the meaning of each. */
export interface CollectOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST API root (GITHUB_API_URL). */
  apiUrl?: string;
  /** Collect this run only; otherwise list runs with the filters below. */
  runId?: number;
  workflow?: string;
  branch?: string;
  event?: string;
  /** Default `failure`; `any` for no filter. */
  conclusion?: string;
  since?: string;
  /** Runs to list. Default 5. */
  limit?: number;
  /** Default `latest`. */
  attempts?: 'latest' | 'all';
  /** Default `failed`. */
  jobs?: 'failed' | 'all';
  /** Also collect the last successful run of the same workflow and branch. Default false. */
  baseline?: boolean;
  /** Workspace root for app logs, git history and the disk snapshot. Default the current folder. */
  workspace?: string;
  appLogs?: readonly string[];
  /** Commits of git history to record; 0 for none. Default 0. */
  gitCommits?: number;
  /** Write a system snapshot; `processes` lists process names to include. */
  systemSnapshot?: false | { processes: readonly string[] };
  redactPatterns?: readonly string[];
  /** Exact values to redact (the token is always added). */
  secrets?: readonly string[];
  /** Job logs from the job-logs endpoint, the attempt's run-log zip, or whichever is cheaper (default). */
  logSource?: LogSource;
  /** Folder for temporary files (a run-log zip while it is read). Default the system's. */
  tempDir?: string;
  /**
   * A worker thread script that calls `serveMaintainedRules()` (from
   * `@prodfix/collect/maintained-rules-worker`, bundled on its own). With it the maintained
   * redaction rules run in worker threads; without it, in this thread.
   */
  maintainedRuleWorker?: string | URL;
  /** Parallel log downloads. Default 4. */
  concurrency?: number;
  /** Largest log collected, in bytes. Default 512 MiB. */
  maxLogBytes?: number;
  outDir: string;
  logger: Logger;
  /** Client tuning (timeouts, retry units); tests shrink the waits. */
  client?: { timeoutMs?: number; retries?: number; retryBaseMs?: number; jitterMs?: number; rateLimitUnitMs?: number };
  /** fetch used for both the API and the log host. */
  fetch?: typeof fetch;
}

/** What `collect` wrote. */
export interface CollectResult {
  dir: string;
  manifestPath: string;
  summaryPath: string;
  manifest: Manifest;
}
