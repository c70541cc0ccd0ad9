/**
 * Reads what prodfix collect-logs' `manifest.json` says about baselines: the folders of the
 * baseline (last successful) runs and the files it marks `baseline: true`. The manifest is
 * untrusted JSON like any other: only string paths are kept.
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
