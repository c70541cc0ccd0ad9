import { tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, RUNNER_ANNOTATION_LIMIT, parseFailOn, type FailOnSelector } from '@prodfix/core';
import { Input } from './constants.js';
import { inputLines, integerInput, optionalInput } from '@prodfix/action-kit';

/** The action's settings, read from its inputs and the runner's environment, validated. */
export interface Settings {
  /** Files, folders, globs or zips to analyse (as given; resolved against `workspace`). */
  paths: string[];
  baseline: string[];
  maxAnnotations: number;
  failOn: FailOnSelector[];
  /** Absolute path of the JSON report. */
  reportPath: string;
  /** Absolute path of the Markdown summary file. */
  summaryPath: string;
  /** The folder relative paths are resolved against (`GITHUB_WORKSPACE`, else the cwd). */
  workspace: string;
  /** `owner/name` of the repository, to map runner paths to repository files. */
  repository?: string;
  /** With `run-id`: the run to collect when `paths` name nothing on disk. */
  run?: RunToCollect;
  /** Where a collected run's folder goes (`RUNNER_TEMP`, else the system's temp folder). */
  tempDir: string;
}

/** A workflow run to collect through the REST API (the `run-id` input and its companions). */
export interface RunToCollect {
  runId: number;
  token: string;
  repository: string;
  apiUrl: string;
}

function summaryPathFor(reportPath: string): string {
  return reportPath.endsWith('.json') ? `${reportPath.slice(0, -'.json'.length)}.md` : `${reportPath}.md`;
}

/** The `run-id` input with the token (masked at once), repository and API root it needs; undefined without `run-id`. */
function runToCollect(repository: string | undefined, env: NodeJS.ProcessEnv): RunToCollect | undefined {
  const token = optionalInput(Input.Token);
  if (token !== undefined) core.setSecret(token);
  const runId = optionalInput(Input.RunId);
  if (runId === undefined) return undefined;
  if (!/^\d+$/.test(runId)) throw new ConfigurationError(`Input "${Input.RunId}" must be a run id (digits), got "${runId}"`);
  if (token === undefined) throw new ConfigurationError(`Input "${Input.Token}" is empty: "${Input.RunId}" needs a token that may read the run (actions: read)`);
  if (repository === undefined) throw new ConfigurationError(`Input "${Input.Repository}" is empty and GITHUB_REPOSITORY is not set: "${Input.RunId}" needs the run's repository`);
  return { runId: Number(runId), token, repository, apiUrl: optionalInput(Input.ApiUrl) ?? (env.GITHUB_API_URL || 'https://api.github.com') };
}

/**
 * Reads and validates every input. The token is masked before anything else can print it.
 * A wrong value is a ConfigurationError that names the input and what it accepts.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const repository = optionalInput(Input.Repository) ?? (env.GITHUB_REPOSITORY || undefined);
  const run = runToCollect(repository, env);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const paths = inputLines(Input.Path);
  if (paths.length === 0) throw new ConfigurationError(`Input "${Input.Path}" is empty: give the logs to analyse, one per line`);
  const reportInput = core.getInput(Input.ReportPath).trim();
  if (reportInput === '') throw new ConfigurationError(`Input "${Input.ReportPath}" is empty: give a file name for the JSON report`);
  const reportPath = isAbsolute(reportInput) ? reportInput : resolve(workspace, reportInput);
  return {
    paths,
    baseline: inputLines(Input.Baseline),
    maxAnnotations: integerInput(Input.MaxAnnotations, 0, RUNNER_ANNOTATION_LIMIT),
    failOn: parseFailOn(core.getInput(Input.FailOn), `Input "${Input.FailOn}"`),
    reportPath,
    summaryPath: summaryPathFor(reportPath),
    workspace,
    ...(repository ? { repository } : {}),
    ...(run ? { run } : {}),
    tempDir: env.RUNNER_TEMP || tmpdir(),
  };
}
