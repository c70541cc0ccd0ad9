import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Reads what prodfix collect-logs' `manifest.json` says about baselines (the folders of the
 * baseline runs and the files it marks `baseline: true`) and about job logs it could not
 * collect. The manifest is untrusted JSON like any other: only strings and numbers are kept.
 */

const MAX_ENTRIES = 100_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a collect-logs manifest (`tool.name` is `prodfix-collect`, with `runs` and `files` lists). */
export function isCollectManifest(value: unknown): value is Record<string, unknown> {
  return isObject(value) && isObject(value.tool) && value.tool.name === 'prodfix-collect' && Array.isArray(value.runs) && Array.isArray(value.files);
}

/**
 * The baseline paths a manifest lists, relative to its folder and `/`-separated: run folders
 * end with `/` (everything under them is baseline), files do not. Undefined when the value is
 * not a collect-logs manifest.
 */
export function baselinePathsOf(value: unknown): string[] | undefined {
  if (!isCollectManifest(value)) return undefined;
  const paths: string[] = [];
  for (const run of (value.runs as unknown[]).slice(0, MAX_ENTRIES)) {
    if (isObject(run) && run.baseline === true && typeof run.dir === 'string' && run.dir !== '') paths.push(`${run.dir.replace(/\/+$/, '')}/`);
  }
  for (const file of (value.files as unknown[]).slice(0, MAX_ENTRIES)) {
    if (isObject(file) && file.baseline === true && typeof file.path === 'string' && file.path !== '') paths.push(file.path);
  }
  return paths;
}

/** True when `relativePath` (`/`-separated, relative to the manifest's folder) is one of the baseline paths or lies under one. */
export function isBaselinePath(relativePath: string, baselinePaths: readonly string[]): boolean {
  return baselinePaths.some((entry) => (entry.endsWith('/') ? relativePath.startsWith(entry) : relativePath === entry));
}

/** Most missing-file notes taken from one manifest. */
const MAX_MISSING_NOTES = 50;

/** Longest text taken from one manifest field into a note. */
const MAX_FIELD_CHARS = 200;

/** A manifest field as note text: control characters dropped, cut to 200 characters, `?` for anything else. */
function text(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '?';
  const clean = String(value).replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
  return clean.length > MAX_FIELD_CHARS ? `${clean.slice(0, MAX_FIELD_CHARS)}…` : clean;
}

/**
 * One note per file the manifest lists as missing (a job log named by its job, expired,
 * forbidden, too big…), so that a report on the folder says what it could not look at: the
 * same note once, at most 50, then one saying how many more. Undefined when the value is not a
 * collect-logs manifest.
 */
export function missingFileNotesOf(value: unknown): string[] | undefined {
  if (!isCollectManifest(value)) return undefined;
  const notes = new Set<string>();
  let more = 0;
  for (const file of (value.files as unknown[]).slice(0, MAX_ENTRIES)) {
    if (!isObject(file) || file.status !== 'missing') continue;
    const what = file.role === 'job-log' && file.jobName !== undefined ? `Log of job "${text(file.jobName)}"` : `File ${text(file.path)}`;
    const run = file.runId !== undefined ? ` (run ${text(file.runId)}, attempt ${text(file.attempt)})` : '';
    const problem = isObject(file.problem) ? file.problem : {};
    const note = `${what}${run} was not collected: ${text(problem.reason)}, ${text(problem.message)}`;
    if (notes.has(note)) continue;
    if (notes.size < MAX_MISSING_NOTES) notes.add(note);
    else more++;
  }
  return more > 0 ? [...notes, `…and ${more} more files the manifest lists as not collected`] : [...notes];
}

/** The missing-file notes of the collect-logs manifests at `<folder>/manifest.json` for the given folders; other paths are skipped. */
export async function missingFileNotesIn(paths: readonly string[], cwd: string): Promise<string[]> {
  const notes: string[] = [];
  for (const folder of paths.map((entry) => resolve(cwd, entry))) {
    if (!(await stat(folder).catch(() => undefined))?.isDirectory()) continue;
    const raw = await readFile(join(folder, 'manifest.json'), 'utf8').catch(() => undefined);
    if (raw === undefined) continue;
    try {
      notes.push(...(missingFileNotesOf(JSON.parse(raw)) ?? []));
    } catch {
      // Not JSON: not a collect-logs manifest, nothing to report.
    }
  }
  return notes;
}
