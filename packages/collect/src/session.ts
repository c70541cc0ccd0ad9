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

/**
 * Checks every option that can be checked before any request or file (so a mistake leaves
 * nothing behind), then sets up the collection.
 */
export async function startSession(options: CollectOptions): Promise<Session> {
  if (!options.token) throw new ConfigurationError('a GitHub token is required');
  checkAppLogPatterns(options.appLogs ?? []);
  checkApiUrl(options.apiUrl);
  const ref = parseRepository(options.repository);
  // Built (and so checked: a bad pattern or secret throws) before anything is made; it reaches the
  // workers, started only once the options hold, through `workers`.
  let workers: MaintainedRuleWorkers | undefined;
  const redactor = new Redactor({
    patterns: options.redactPatterns,
    secrets: [options.token, ...(options.secrets ?? [])],
    maintainedRules: options.maintainedRuleWorker ? (text) => (workers as MaintainedRuleWorkers).find(text) : true,
  });
  const short = (options.secrets ?? []).filter((secret) => secret.length > 0 && secret.length < 8).length;
  if (short > 0) options.logger.warning(`${short} of the given secrets are shorter than 8 characters: they may also hide ordinary text wherever it matches`);
  const dir = resolve(options.outDir);
  const created = await mkdir(dir, { recursive: true });
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (options.maintainedRuleWorker) workers = new MaintainedRuleWorkers(options.maintainedRuleWorker, options.logger);
  return {
    options,
    ref,
    client: createGitHubClient({ token: options.token, baseUrl: options.apiUrl, logger: options.logger, fetch: fetchImpl, ...options.client }),
    redactor,
    dir,
    createdDir: created !== undefined,
    files: [],
    runs: [],
    downloads: [],
    schedule: pLimit(Math.max(1, options.concurrency ?? 4)),
    ...(workers ? { workers } : {}),
  };
}

/** The API root must be an http(s) URL without credentials in it (the token authenticates; a password there would be printed in messages). */
function checkApiUrl(apiUrl: string | undefined): void {
  if (apiUrl === undefined) return;
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new ConfigurationError('api-url is not a URL');
  }
  if (url.username !== '' || url.password !== '') throw new ConfigurationError('api-url must not hold a user name or password (user:password@host): the token authenticates');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError(`api-url must be an http(s) URL, got a ${url.protocol} one`);
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
