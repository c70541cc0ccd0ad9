import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import {
  analyze,
  describeError,
  isConfigurationError,
  matchFailOn,
  renderMarkdown,
  selectAnnotations,
  writeJsonReport,
  type Report,
} from '@prodfix/core';
import { ActionsLogger } from './actions-logger.js';
import { getInputs, type Settings } from './inputs.js';
import { outputsOf } from './outputs.js';

async function writeSummary(markdown: string, settings: Settings, logger: ActionsLogger): Promise<void> {
  await mkdir(dirname(settings.summaryPath), { recursive: true });
  await writeFile(settings.summaryPath, markdown, 'utf8');
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else logger.info('No job summary here (GITHUB_STEP_SUMMARY is not set); the summary is in the file above.');
}

function annotate(report: Report, settings: Settings): void {
  const annotations = selectAnnotations(report, {
    max: settings.maxAnnotations,
    workspace: settings.workspace,
    ...(settings.repository ? { repository: settings.repository } : {}),
  });
  for (const { level, message, ...properties } of annotations) {
    if (level === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
}

function applyFailOn(report: Report, settings: Settings): void {
  const matched = matchFailOn(report, settings.failOn);
  if (matched.length === 0) return;
  const jobs = matched.map((file) => file.context?.jobName ?? file.path);
  const shown = jobs.slice(0, 5).join(', ') + (jobs.length > 5 ? ` and ${jobs.length - 5} more` : '');
  core.setFailed(`fail-on (${settings.failOn.join(', ')}) matched ${matched.length} failed job(s): ${shown}`);
}

/** Inputs → analysis → JSON report, job summary, annotations, outputs, `fail-on`. */
async function analyzeFailures(): Promise<void> {
  const settings = getInputs();
  const logger = new ActionsLogger();
  const report = await logger.group(`Analysing ${settings.paths.join(', ')}`, () =>
    analyze({
      paths: settings.paths,
      baseline: settings.baseline,
      cwd: settings.workspace,
      logger,
      ...(settings.repository ? { repository: settings.repository } : {}),
    }),
  );
  core.info(report.verdict);
  await writeJsonReport(report, settings.reportPath);
  core.info(`JSON report: ${settings.reportPath}`);
  await writeSummary(renderMarkdown(report), settings, logger);
  core.info(`Markdown summary: ${settings.summaryPath}`);
  annotate(report, settings);
  for (const [name, value] of Object.entries(outputsOf(report, settings))) core.setOutput(name, value);
  applyFailOn(report, settings);
}

/**
 * The action's entry point. A user mistake fails the step with one line; anything else is a
 * bug, reported with its message and its stack in the debug log.
 */
export async function run(): Promise<void> {
  try {
    await analyzeFailures();
  } catch (error) {
    if (isConfigurationError(error)) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`analyze-failures stopped on an unexpected error: ${describeError(error)}`);
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
