import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { describeError, type Logger } from '@prodfix/core';
import type { CollectResult } from '@prodfix/collect';
import type { UploadSettings } from './inputs.js';

/** The uploaded artifact. */
export interface UploadedArtifact {
  id: number;
  url?: string;
}

/**
 * Uploads every file written (and the manifest and summary) as one artifact. A failure is a
 * warning, never fatal: the folder stays on disk and its path is still an output.
 */
export async function uploadFolder(
  result: CollectResult,
  settings: UploadSettings,
  link: { serverUrl: string; repository: string; runId?: string },
  logger: Logger,
): Promise<UploadedArtifact | undefined> {
  const files = [
    ...result.manifest.files.filter((file) => file.status === 'ok').map((file) => join(result.dir, file.path)),
    result.manifestPath,
    result.summaryPath,
  ];
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(settings.name, files, result.dir, {
      compressionLevel: settings.compressionLevel,
      ...(settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {}),
    });
    if (id === undefined) throw new Error('the artifact service returned no artifact id');
    const url = link.runId ? `${link.serverUrl}/${link.repository}/actions/runs/${link.runId}/artifacts/${id}` : undefined;
    logger.info(`Uploaded artifact "${settings.name}" (id ${id})${url ? `: ${url}` : ''}`);
    return { id, ...(url ? { url } : {}) };
  } catch (error) {
    const reason = /already exists/i.test(describeError(error))
      ? `an artifact named "${settings.name}" already exists in this run; set a different artifact-name (for example with the job name or run attempt in it)`
      : describeError(error);
    logger.warning(`Artifact upload failed: ${reason}. The collected files stay in ${result.dir}.`);
    return undefined;
  }
}
