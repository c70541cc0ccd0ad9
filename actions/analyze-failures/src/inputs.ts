import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, RUNNER_ANNOTATION_LIMIT, parseFailOn, type FailOnSelector } from '@prodfix/core';
import { Input } from './constants.js';

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
}

function lines(name: Input): string[] {
  return core.getMultilineInput(name).map((line) => line.trim()).filter((line) => line !== '');
}

function integerInRange(name: Input, min: number, max: number): number {
  const raw = core.getInput(name);
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigurationError(`Input "${name}" must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function summaryPathFor(reportPath: string): string {
  return reportPath.endsWith('.json') ? `${reportPath.slice(0, -'.json'.length)}.md` : `${reportPath}.md`;
}

/**
 * Reads and validates every input. A wrong value is a ConfigurationError that names the input
 * and what it accepts.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const paths = lines(Input.Path);
  if (paths.length === 0) throw new ConfigurationError(`Input "${Input.Path}" is empty: give the logs to analyse, one per line`);
  const reportInput = core.getInput(Input.ReportPath).trim();
  if (reportInput === '') throw new ConfigurationError(`Input "${Input.ReportPath}" is empty: give a file name for the JSON report`);
  const reportPath = isAbsolute(reportInput) ? reportInput : resolve(workspace, reportInput);
  return {
    paths,
    baseline: lines(Input.Baseline),
    maxAnnotations: integerInRange(Input.MaxAnnotations, 0, RUNNER_ANNOTATION_LIMIT),
    failOn: parseFailOn(core.getInput(Input.FailOn), `Input "${Input.FailOn}"`),
    reportPath,
    summaryPath: summaryPathFor(reportPath),
    workspace,
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
  };
}
