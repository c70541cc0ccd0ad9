// Which job logs to read from an attempt's run-log zip, and which zip entry is whose.

/** Where job logs come from: per job, the attempt's log zip, or whichever is cheaper. */
export const LOG_SOURCES = ['auto', 'jobs', 'zip'] as const;
export type LogSource = (typeof LOG_SOURCES)[number];

/**
 * Whether to read an attempt's job logs from its run-log zip. The zip holds every job of the
 * attempt (each log twice: whole and split by step), deflated: text logs shrink 5 to 10 times,
 * so the zip moves no more bytes than the wanted logs do once at least a quarter of the jobs
 * are wanted, and it always replaces 2 requests per job by 2 in all.
 */
export function prefersRunZip(source: LogSource, wanted: number, total: number): boolean {
  if (source !== 'auto') return source === 'zip' && wanted > 0;
  return wanted >= 2 && wanted * 4 >= total;
}

/** A job whose log may be in the zip. */
export interface ZipJob {
  id: number;
  name: string;
}

/**
 * Which zip entry holds which wanted job's whole log. GitHub names them `<n>_<job name>.txt`,
 * with `/` and `:` (and other characters not allowed in paths) dropped, long names cut and
 * ` (1)`, ` (2)`… added to repeated names; `<n>` is not the job's position. So a wanted job is
 * matched only when its name, with those characters dropped, is not empty and names exactly one
 * top-level entry, and nothing makes that entry doubtful: no other job of the attempt (`all`,
 * wanted or not) has the same name or a longer name that starts with it (which GitHub may have
 * cut to it), no entry carries the same name with a ` (n)` added, and a name that itself ends
 * in ` (n)` does not also exist without it. Everything else is
 * fetched one job at a time.
 */
export function matchZipEntries(entryNames: Iterable<string>, wanted: readonly ZipJob[], all: readonly ZipJob[] = wanted): Map<number, string> {
  const entriesByKey = new Map<string, string[]>();
  const repeated = new Set<string>();
  for (const name of entryNames) {
    const job = TOP_LEVEL_LOG.exec(name)?.[1];
    if (job === undefined) continue;
    const key = zipNameKey(job);
    entriesByKey.set(key, [...(entriesByKey.get(key) ?? []), name]);
    const numbered = NUMBERED.exec(key);
    if (numbered?.[1] !== undefined) repeated.add(numbered[1]);
  }
  const allKeys = all.map((job) => zipNameKey(job.name));
  const matches = new Map<number, string>();
  for (const job of wanted) {
    const key = zipNameKey(job.name);
    const entries = entriesByKey.get(key);
    if (key === '' || entries?.length !== 1 || repeated.has(key)) continue;
    if (allKeys.filter((other) => other.startsWith(key)).length !== 1) continue;
    const base = NUMBERED.exec(key)?.[1];
    if (base !== undefined && allKeys.includes(base)) continue; // could be GitHub's ` (n)` for a repeated `base`
    matches.set(job.id, entries[0] as string);
  }
  return matches;
}

const TOP_LEVEL_LOG = /^\d+_([^/]+)\.txt$/;
/** A name GitHub made unique by adding ` (n)`. */
const NUMBERED = /^(.*) \(\d+\)$/;

/** A job name as the zip writes it: characters not allowed in file names dropped. */
function zipNameKey(name: string): string {
  return name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '').trim();
}
