import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from '@prodfix/core';
import { LOG_SOURCES, type CollectOptions } from '@prodfix/collect';
import { Input } from './constants.js';
import { inputLines, integerInput, optionalInput } from '@prodfix/action-kit';

/** Where and how to upload the folder. */
export interface UploadSettings {
  name: string;
  retentionDays?: number;
  compressionLevel: number;
}

/** The action's settings, read from its inputs and the runner's environment, validated. */
export interface Settings {
  /** Options for `collect` (without the logger). */
  collect: Omit<CollectOptions, 'logger'>;
  /** Undefined when `upload` is false. */
  upload?: UploadSettings;
  failOnMissing: boolean;
  /** Web root for links (`GITHUB_SERVER_URL`). */
  serverUrl: string;
  /** The current run, for the artifact's link. */
  currentRunId?: string;
}

function oneOf<T extends string>(name: Input, allowed: readonly T[]): T {
  const raw = core.getInput(name).trim();
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(', ')}, got "${raw}"`);
}

function isoDate(name: Input): string | undefined {
  const raw = optionalInput(name);
  if (raw === undefined) return undefined;
  if (Number.isNaN(Date.parse(raw))) throw new ConfigurationError(`Input "${name}" must be an ISO date such as 2024-05-01 or 2024-05-01T10:00:00Z, got "${raw}"`);
  return raw;
}

/**
 * The run to collect when `run-id` is empty and no list filter is given: the run that
 * triggered a `workflow_run` event, else the current run.
 */
export function defaultRunId(env: NodeJS.ProcessEnv): number | undefined {
  if (env.GITHUB_EVENT_NAME === 'workflow_run' && env.GITHUB_EVENT_PATH) {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { workflow_run?: { id?: unknown } };
    if (typeof payload.workflow_run?.id === 'number') return payload.workflow_run.id;
  }
  return env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined;
}

function runSelection(env: NodeJS.ProcessEnv): Pick<CollectOptions, 'runId' | 'workflow' | 'branch' | 'event' | 'since'> {
  const runId = optionalInput(Input.RunId);
  const filters = { workflow: optionalInput(Input.Workflow), branch: optionalInput(Input.Branch), event: optionalInput(Input.Event), since: isoDate(Input.Since) };
  if (runId !== undefined) {
    if (!/^\d+$/.test(runId)) throw new ConfigurationError(`Input "${Input.RunId}" must be a run id (digits), got "${runId}"`);
    return { runId: Number(runId) };
  }
  if (Object.values(filters).some((value) => value !== undefined)) return filters;
  const fallback = defaultRunId(env);
  if (fallback === undefined) {
    throw new ConfigurationError(`No run to collect: give "${Input.RunId}" or a filter ("${Input.Workflow}", "${Input.Branch}", "${Input.Event}", "${Input.Since}")`);
  }
  return { runId: fallback };
}

/**
 * Reads and validates every input. The token and every value of `secrets` are masked at once,
 * before anything else can print them. A wrong value is a ConfigurationError that names the
 * input and what it accepts.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const token = core.getInput(Input.Token, { required: true }).trim();
  core.setSecret(token);
  const secrets = inputLines(Input.Secrets);
  secrets.forEach((secret) => core.setSecret(secret));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const repository = optionalInput(Input.Repository) ?? env.GITHUB_REPOSITORY;
  if (!repository) throw new ConfigurationError(`Input "${Input.Repository}" is empty and GITHUB_REPOSITORY is not set`);
  const outDir = optionalInput(Input.OutDir) ?? 'prodfix-logs';
  const retention = optionalInput(Input.RetentionDays);
  const upload = core.getBooleanInput(Input.Upload);
  const processes = inputLines(Input.SnapshotProcesses);
  return {
    collect: {
      token,
      repository,
      apiUrl: optionalInput(Input.ApiUrl) ?? (env.GITHUB_API_URL || 'https://api.github.com'),
      ...runSelection(env),
      conclusion: optionalInput(Input.Conclusion) ?? 'failure',
      limit: integerInput(Input.Limit, 1, 1000),
      attempts: oneOf(Input.Attempts, ['latest', 'all'] as const),
      jobs: oneOf(Input.Jobs, ['failed', 'all'] as const),
      logSource: oneOf(Input.LogSource, LOG_SOURCES),
      baseline: core.getBooleanInput(Input.Baseline),
      workspace,
      appLogs: inputLines(Input.AppLogs),
      gitCommits: integerInput(Input.GitCommits, 0, 1000),
      systemSnapshot: core.getBooleanInput(Input.SystemSnapshot) ? { processes } : false,
      redactPatterns: inputLines(Input.RedactPatterns),
      secrets,
      concurrency: integerInput(Input.Concurrency, 1, 32),
      maxLogBytes: integerInput(Input.MaxLogBytes, 1, Number.MAX_SAFE_INTEGER),
      outDir: isAbsolute(outDir) ? outDir : resolve(workspace, outDir),
      ...(env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {}),
    },
    ...(upload
      ? {
          upload: {
            name: optionalInput(Input.ArtifactName) ?? 'prodfix-logs',
            ...(retention !== undefined ? { retentionDays: integerInput(Input.RetentionDays, 1, 90) } : {}),
            compressionLevel: integerInput(Input.CompressionLevel, 0, 9),
          },
        }
      : {}),
    failOnMissing: core.getBooleanInput(Input.FailOnMissing),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    ...(env.GITHUB_RUN_ID ? { currentRunId: env.GITHUB_RUN_ID } : {}),
  };
}
