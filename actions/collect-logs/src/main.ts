import * as core from '@actions/core';
import { collect, type CollectResult } from '@prodfix/collect';
import { ActionsLogger, runAction } from '@prodfix/action-kit';
import { getInputs } from './inputs.js';
import { jobSummary } from './job-summary.js';
import { outputsOf } from './outputs.js';

async function writeJobSummary(result: CollectResult, logger: ActionsLogger): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logger.info('No job summary here (GITHUB_STEP_SUMMARY is not set); see analysis_summary.txt in the folder.');
    return;
  }
  const summary = jobSummary(result.manifest, result.dir);
  core.summary.addHeading(summary.heading, 2).addRaw(summary.totals, true).addTable(summary.files);
  if (summary.redactions.length > 1) core.summary.addHeading('Redactions', 3).addTable(summary.redactions);
  await core.summary.addRaw(summary.next, true).write();
}

/** Inputs → collection → upload → outputs and job summary → `fail-on-missing`. */
async function collectLogs(): Promise<void> {
  const settings = getInputs();
  const logger = new ActionsLogger();
  // Bundled beside this file from src/workers/redaction-worker.ts (a path ncc leaves alone).
  const worker = new URL(['.', 'redaction-worker', 'index.js'].join('/'), import.meta.url);
  const result = await core.group('Collecting logs', () => collect({ ...settings.collect, maintainedRuleWorker: worker, logger }));
  core.info(`Collected into ${result.dir}`);
  const upload = settings.upload;
  // The artifact client is most of the bundle: load it only to upload.
  const artifact = upload
    ? await core.group('Uploading the artifact', async () =>
        (await import('./upload.js')).uploadFolder(result, upload, { serverUrl: settings.serverUrl, repository: result.manifest.repository, runId: settings.currentRunId }, logger),
      )
    : undefined;
  for (const [name, value] of Object.entries(outputsOf(result, artifact))) core.setOutput(name, value);
  await writeJobSummary(result, logger);
  const missing = result.manifest.totals.missing;
  if (settings.failOnMissing && missing > 0) core.setFailed(`fail-on-missing: ${missing} file(s) could not be collected (see the warnings and analysis_summary.txt)`);
}

/** The action's entry point (see `runAction` for how failures are reported). */
export async function run(): Promise<void> {
  await runAction('collect-logs', collectLogs);
}
