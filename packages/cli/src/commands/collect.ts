import { resolve } from 'node:path';
import { collect, LOG_SOURCES, totalRedactions, type LogSource } from '@prodfix/collect';
import { ConfigurationError } from '@prodfix/core';
import { createCliLogger, debugEnabled } from '../cli-logger.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { terminalSafe } from '../terminal/sanitize.js';
import type { Command } from './command.js';
import { parseCommandLine, positiveInteger } from './parse.js';

const HELP = `Usage: prodfix collect --repo <owner/name> (--run-id <n> | --workflow <w> …) --out <dir>

Downloads the logs of failed GitHub Actions jobs, redacted, with their run and job objects
and a manifest.json, into <dir>; then \`prodfix analyze <dir>\` explains them.
The token comes from GH_TOKEN or GITHUB_TOKEN (needs actions: read); it is never printed.

Options:
  --repo <owner/name>   repository (required)
  --run-id <n>          collect this run
  --workflow <w>        list runs of this workflow (file name such as ci.yml, or id)
  --branch <b>          list runs on this branch
  --event <e>           list runs triggered by this event (push, pull_request, …)
  --conclusion <c>      listed runs' conclusion (default failure; "any" for all)
  --since <date>        listed runs created at or after this ISO date
  --limit <n>           newest N listed runs (default 5)
  --all-attempts        every attempt of each run, not only the latest
  --all-jobs            every job, not only the failed ones
  --baseline            also collect the last successful run of the same workflow and branch
  --log-source <s>      job logs from "jobs" (one download each), "zip" (the run-log zip)
                        or "auto" (default: the zip once 2+ jobs and a quarter of them are wanted)
  --concurrency <n>     parallel log downloads (default 4)
  --secret-env <NAME>   also redact the value of environment variable NAME wherever it
                        appears (repeatable; values never go on the command line)
  --redact-pattern <re> also redact what this regular expression matches (repeatable; a
                        named group "secret" limits what is hidden)
  --out <dir>           folder to write (required)
  --api-url <url>       REST API root (default GITHUB_API_URL, else https://api.github.com)
  -h, --help            show this help

Exit codes: 0 done, 2 usage error (or no token), 69 GitHub's API unreachable, 70 internal error.`;

/** Validated `prodfix collect` options (the token is read separately, from the environment). */
export interface CollectCommandOptions {
  repository: string;
  runId?: number;
  workflow?: string;
  branch?: string;
  event?: string;
  conclusion?: string;
  since?: string;
  limit?: number;
  attempts: 'latest' | 'all';
  jobs: 'failed' | 'all';
  baseline: boolean;
  logSource: LogSource;
  concurrency?: number;
  /** Names of environment variables whose values are secrets to redact. */
  secretEnv: string[];
  redactPatterns: string[];
  out: string;
  apiUrl?: string;
}

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Parses and validates `prodfix collect` arguments; undefined for `--help`. */
export function parseCollectArgs(argv: string[]): CollectCommandOptions | undefined {
  const { values, positionals, lists } = parseCommandLine(argv, {
    repo: { type: 'string' },
    'run-id': { type: 'string' },
    workflow: { type: 'string' },
    branch: { type: 'string' },
    event: { type: 'string' },
    conclusion: { type: 'string' },
    since: { type: 'string' },
    limit: { type: 'string' },
    'all-attempts': { type: 'boolean' },
    'all-jobs': { type: 'boolean' },
    baseline: { type: 'boolean' },
    'log-source': { type: 'string' },
    concurrency: { type: 'string' },
    'secret-env': { type: 'string', multiple: true },
    'redact-pattern': { type: 'string', multiple: true },
    out: { type: 'string' },
    'api-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, ['secret-env', 'redact-pattern']);
  if (values.help === true) return undefined;
  if (positionals.length > 0) throw new ConfigurationError(`prodfix collect takes no positional arguments, got "${positionals[0]}" (see --help)`);
  const repository = text(values.repo);
  if (repository === undefined || !/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new ConfigurationError('--repo OWNER/NAME is required (see --help)');
  const out = text(values.out);
  if (out === undefined) throw new ConfigurationError('--out DIR is required: the folder to write the logs into');
  const runId = text(values['run-id']);
  if (runId !== undefined && !/^\d+$/.test(runId)) throw new ConfigurationError(`--run-id must be a run id (digits), got "${runId}"`);
  const since = text(values.since);
  if (since !== undefined && Number.isNaN(Date.parse(since))) throw new ConfigurationError(`--since must be an ISO date such as 2024-05-01, got "${since}"`);
  const secretEnv = lists['secret-env'] ?? [];
  const badName = secretEnv.find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  if (badName !== undefined) throw new ConfigurationError(`--secret-env takes the NAME of an environment variable, got "${terminalSafe(badName.slice(0, 40))}" (the value stays in the environment)`);
  const logSource = text(values['log-source']) ?? 'auto';
  if (!(LOG_SOURCES as readonly string[]).includes(logSource)) throw new ConfigurationError(`--log-source must be one of ${LOG_SOURCES.join(', ')}, got "${logSource}"`);
  const apiUrl = text(values['api-url']);
  if (apiUrl !== undefined && !URL.canParse(apiUrl)) throw new ConfigurationError(`--api-url must be a URL, got "${apiUrl}"`);
  return {
    repository,
    ...(runId !== undefined ? { runId: Number(runId) } : {}),
    workflow: text(values.workflow),
    branch: text(values.branch),
    event: text(values.event),
    conclusion: text(values.conclusion),
    since,
    limit: positiveInteger('limit', values.limit),
    attempts: values['all-attempts'] === true ? 'all' : 'latest',
    jobs: values['all-jobs'] === true ? 'all' : 'failed',
    baseline: values.baseline === true,
    logSource: logSource as LogSource,
    secretEnv,
    redactPatterns: lists['redact-pattern'] ?? [],
    concurrency: positiveInteger('concurrency', values.concurrency),
    out,
    apiUrl,
  };
}

/** The token from GH_TOKEN or GITHUB_TOKEN, or a one-line ConfigurationError. */
export function tokenFrom(env: Record<string, string | undefined>): string {
  const token = env.GH_TOKEN?.trim() || env.GITHUB_TOKEN?.trim();
  if (!token) throw new ConfigurationError('no token: set GH_TOKEN or GITHUB_TOKEN to a token that may read the repository\'s Actions (actions: read)');
  return token;
}

/** The values of the named environment variables: each must be set and not empty. */
function secretsFrom(names: readonly string[], env: Record<string, string | undefined>): string[] {
  return names.map((name) => {
    const value = env[name];
    if (!value) throw new ConfigurationError(`--secret-env ${name}: that environment variable is not set or is empty`);
    return value;
  });
}

/** `prodfix collect`: collect-logs' collector from a terminal, into a folder `prodfix analyze` reads. */
export const collectCommand: Command = {
  name: 'collect',
  summary: 'download failed jobs\' logs from GitHub (redacted) into a folder',
  help: HELP,
  async run(argv, io: CliIo) {
    const options = parseCollectArgs(argv);
    if (!options) {
      io.stdout.write(`${HELP}\n`);
      return ExitCode.ok;
    }
    const token = tokenFrom(io.env);
    const { out, apiUrl, secretEnv, ...selection } = options;
    const result = await collect({
      ...selection,
      secrets: secretsFrom(secretEnv, io.env),
      token,
      apiUrl: apiUrl ?? (io.env.GITHUB_API_URL || 'https://api.github.com'),
      workspace: io.cwd,
      outDir: resolve(io.cwd, out),
      logger: createCliLogger(io.stderr, { debug: debugEnabled(io.env), quiet: false }),
    });
    const { totals } = result.manifest;
    io.stdout.write(
      `Collected ${totals.runs} run attempt(s), ${totals.jobs} job log(s), ${totals.bytes} bytes into ${terminalSafe(result.dir)}` +
        ` (${totals.missing} missing, ${totalRedactions(result.manifest.redactions)} redaction(s)).\n` +
        `Next: prodfix analyze ${terminalSafe(out)}\n`,
    );
    return ExitCode.ok;
  },
};
