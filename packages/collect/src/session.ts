import { mkdir, readdir, rmdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '@prodfix/core';
import pLimit from 'p-limit';
import { checkAppLogPatterns } from './app-logs.js';
import type { CollectOptions } from './collect-options.js';
import { createGitHubClient, type GitHubClient } from './github-client.js';
import type { ManifestFile, ManifestRun } from './manifest.js';
import { problemFrom } from './problems.js';
import { MaintainedRuleWorkers } from './redact/maintained-workers.js';
import { Redactor } from './redact/redactor.js';
import { parseRepository, type RepoRef } from './runs.js';

/** Shared state of one collection. */
export interface Session {
  options: CollectOptions;
  ref: RepoRef;
  client: GitHubClient;
  redactor: Redactor;
  dir: string;
  files: ManifestFile[];
  runs: ManifestRun[];
  downloads: Promise<void>[];
  schedule: ReturnType<typeof pLimit>;
  /** True when the collection made `dir` (so a collection that fails before writing anything removes it). */
  createdDir: boolean;
  /** Worker threads running the maintained redaction rules, if any: close them when done. */
  workers?: MaintainedRuleWorkers;
}

/** Checks the options that can be checked before any request, and sets up the collection. */
export async function startSession(options: CollectOptions): Promise<Session> {
  if (!options.token) throw new ConfigurationError('a GitHub token is required');
  checkAppLogPatterns(options.appLogs ?? []);
  const dir = resolve(options.outDir);
  const created = await mkdir(dir, { recursive: true });
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const workers = options.maintainedRuleWorker ? new MaintainedRuleWorkers(options.maintainedRuleWorker, options.logger) : undefined;
  return {
    options,
    ref: parseRepository(options.repository),
    client: createGitHubClient({ token: options.token, baseUrl: options.apiUrl, logger: options.logger, fetch: fetchImpl, ...options.client }),
    redactor: new Redactor({ patterns: options.redactPatterns, secrets: [options.token, ...(options.secrets ?? [])], maintainedRules: workers?.find ?? true }),
    dir,
    createdDir: created !== undefined,
    files: [],
    runs: [],
    downloads: [],
    schedule: pLimit(Math.max(1, options.concurrency ?? 4)),
    ...(workers ? { workers } : {}),
  };
}

/** Lists `entry` as missing with the reason `error` gives, and warns about it. */
export function markMissing(session: Session, entry: ManifestFile, error: unknown): void {
  entry.status = 'missing';
  entry.problem = problemFrom(error);
  const what = entry.role === 'job-log' && entry.jobName ? `log of job "${entry.jobName}" (run ${entry.runId} attempt ${entry.attempt})` : entry.path;
  session.options.logger.warning(`Missing ${what}: ${entry.problem.message}`);
}

/** Removes the output folder if this collection made it and nothing was written into it. */
export async function removeIfUnused(session: Session): Promise<void> {
  if (!session.createdDir) return;
  const left = await readdir(session.dir).catch(() => ['?']);
  if (left.length === 0) await rmdir(session.dir).catch(() => undefined);
}
