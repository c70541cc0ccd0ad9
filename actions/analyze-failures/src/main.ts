import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import {
  analyze,
  ConfigurationError,
  describeError,
  matchFailOn,
  missingFileNotesIn,
  renderMarkdown,
  selectAnnotations,
  writeJsonReport,
  type Report,
} from '@prodfix/core';
import { ActionsLogger, runAction } from '@prodfix/action-kit';
import { Input } from './constants.js';
import { getInputs, type Settings } from './inputs.js';
import { outputsOf } from './outputs.js';

/** Missing-file notes also shown as warnings; the rest are in the report. */
const MAX_MISSING_WARNINGS = 3;

/**
 * Writes the JSON report and the Markdown file. Called after the job summary, annotations and
 * outputs are out, so a report path that can't be written loses nothing else.
 */
async function writeReportFiles(report: Report, markdown: string, settings: Settings): Promise<void> {
  for (const [path, write] of [
    [settings.reportPath, () => writeJsonReport(report, settings.reportPath)],
    [settings.summaryPath, () => writeFile(settings.summaryPath, markdown, 'utf8')],
  ] as const) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? describeError(error);
      throw new ConfigurationError(`${Input.ReportPath}: cannot write ${path} (${code}); the job summary, annotations and outputs were written`);
    }
  }
}

function annotate(report: Report, settings: Settings): void {
  const annotations = selectAnnotations(report, {
    max: settings.maxAnnotations,
    workspace: settings.workspace,
    ...(settings.repository ? { repository: settings.repository } : {}),
  });
  for (const { level, message, ...properties } of annotations) {
    // GitHub attaches an annotation to a file only when the path is the repository's; a path a
    // tool printed that is not in the checkout (a bare file name, a build folder) would be
    // dropped, so such an annotation goes on the job instead.
    const { file, startLine: _line, startColumn: _column, ...rest } = properties;
    const onFile = file !== undefined && existsSync(resolve(settings.workspace, file));
    const where = onFile ? properties : rest;
    if (level === 'error') core.error(message, where);
    else core.warning(message, where);
  }
}

function applyFailOn(report: Report, settings: Settings): void {
  const matched = matchFailOn(report, settings.failOn);
  if (matched.length === 0) return;
  const jobs = matched.map((file) => file.context?.jobName ?? file.path);
  const shown = jobs.slice(0, 5).join(', ') + (jobs.length > 5 ? ` and ${jobs.length - 5} more` : '');
  core.setFailed(`fail-on (${settings.failOn.join(', ')}) matched ${matched.length} failed job(s): ${shown}`);
}

/** What to analyse: the `path` input, or with `run-id` and no such path, the run collected into a temp folder. */
async function logsToAnalyse(settings: Settings, logger: ActionsLogger): Promise<string[]> {
  const { run } = settings;
  if (!run) return settings.paths;
  // Loaded only when a run is to be collected: the collector stays off the start-up path.
  const { collectRun, pathsNameNothing } = await import('./collect-run.js');
  if (!pathsNameNothing(settings.paths, settings.workspace)) {
    logger.info(`"${Input.Path}" exists, so it is analysed and "${Input.RunId}" (${run.runId}) is not collected.`);
    return settings.paths;
  }
  const collected = await logger.group(`Collecting run ${run.runId} of ${run.repository}`, () => collectRun(run, settings.tempDir, settings.workspace, logger));
  logger.info(`Collected into ${collected.dir}`);
  return [collected.dir];
}

/** Inputs → (collection) → analysis → JSON report, job summary, annotations, outputs, `fail-on`. */
async function analyzeFailures(): Promise<void> {
  const settings = getInputs();
  const logger = new ActionsLogger();
  const paths = await logsToAnalyse(settings, logger);
  const report = await logger.group(`Analysing ${paths.join(', ')}`, () =>
    analyze({
      paths,
      baseline: settings.baseline,
      cwd: settings.workspace,
      logger,
      ...(settings.repository ? { repository: settings.repository } : {}),
    }),
  );
  // The report's notes already say which files a collect-logs folder is missing; the first few
  // are warnings too (annotations are few per step: the causes must keep theirs).
  const missing = await missingFileNotesIn(paths, settings.workspace);
  for (const note of missing.slice(0, MAX_MISSING_WARNINGS)) logger.warning(note);
  if (missing.length > MAX_MISSING_WARNINGS) logger.warning(`…and ${missing.length - MAX_MISSING_WARNINGS} more notes on files not collected (see the report)`);
  core.info(report.verdict);
  const markdown = renderMarkdown(report);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else logger.info('No job summary here (GITHUB_STEP_SUMMARY is not set); the summary goes to the file below.');
  annotate(report, settings);
  for (const [name, value] of Object.entries(outputsOf(report, settings))) core.setOutput(name, value);
  await writeReportFiles(report, markdown, settings);
  core.info(`JSON report: ${settings.reportPath}`);
  core.info(`Markdown summary: ${settings.summaryPath}`);
  applyFailOn(report, settings);
}

/** The action's entry point (see `runAction` for how failures are reported). */
export async function run(): Promise<void> {
  await runAction('analyze-failures', analyzeFailures);
}
