import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const MAX_NOTES = 50;

interface MissingEntry {
  path?: unknown;
  role?: unknown;
  status?: unknown;
  jobName?: unknown;
  runId?: unknown;
  attempt?: unknown;
  problem?: { reason?: unknown; message?: unknown };
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}

/** One line per file a collect-logs manifest lists as missing (a job log named by its job); none for any other JSON. */
export function missingNotes(manifest: unknown): string[] {
  const { tool, files } = (manifest ?? {}) as { tool?: { name?: unknown }; files?: unknown };
  if (tool?.name !== 'prodfix-collect' || !Array.isArray(files)) return [];
  const notes: string[] = [];
  for (const file of files as MissingEntry[]) {
    if (typeof file !== 'object' || file === null || file.status !== 'missing') continue;
    const what = file.role === 'job-log' && file.jobName !== undefined ? `Log of job "${text(file.jobName)}"` : `File ${text(file.path)}`;
    const run = file.runId !== undefined ? ` (run ${text(file.runId)}, attempt ${text(file.attempt)})` : '';
    notes.push(`${what}${run} was not collected: ${text(file.problem?.reason)}, ${text(file.problem?.message)}`);
    if (notes.length === MAX_NOTES) break;
  }
  return notes;
}

/** The missing-file lines of the collect-logs manifests in the given folders (`<folder>/manifest.json`); other paths are skipped. */
export async function missingNotesIn(paths: readonly string[], workspace: string): Promise<string[]> {
  const notes: string[] = [];
  for (const path of paths) {
    const folder = resolve(workspace, path);
    if (!(await stat(folder).catch(() => undefined))?.isDirectory()) continue;
    const raw = await readFile(join(folder, 'manifest.json'), 'utf8').catch(() => undefined);
    if (raw === undefined) continue;
    try {
      notes.push(...missingNotes(JSON.parse(raw)));
    } catch {
      // Not JSON: not a collect-logs manifest, nothing to report.
    }
  }
  return notes;
}
