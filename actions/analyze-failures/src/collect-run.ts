import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { collect, type CollectResult } from '@prodfix/collect';
import type { Logger } from '@prodfix/core';
import type { RunToCollect } from './inputs.js';

/** True when none of `paths` (relative to `workspace`) is an existing file or folder: then `run-id` is what to analyse. */
export function pathsNameNothing(paths: readonly string[], workspace: string): boolean {
  return paths.every((path) => !existsSync(resolve(workspace, path)));
}

/**
 * Collects the run's failed jobs (latest attempt) into a fresh folder under `tempDir` with
 * collect-logs' own code: logs streamed and redacted, run and job JSON, `manifest.json`.
 */
export async function collectRun(run: RunToCollect, tempDir: string, workspace: string, logger: Logger): Promise<CollectResult> {
  const outDir = await mkdtemp(join(tempDir, `prodfix-run-${run.runId}-`));
  return collect({
    token: run.token,
    repository: run.repository,
    apiUrl: run.apiUrl,
    runId: run.runId,
    workspace,
    outDir,
    tempDir,
    logger,
  });
}
