import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import pLimit from 'p-limit';
import yauzl from 'yauzl';
import type { Entry } from 'yauzl';
import { downloadFromHost, type DownloadSettings } from './download.js';
import type { GitHubClient } from './github-client.js';
import { TooBigError } from './problems.js';
import type { RepoRef } from './runs.js';

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

/** The attempt whose zip is read, and where its download may be kept meanwhile. */
export interface RunZipRequest extends RepoRef {
  runId: number;
  attempt: number;
  /** Folder for the temporary zip (RUNNER_TEMP in an action). Default the system's. */
  tempDir?: string;
}

/**
 * Downloads an attempt's run-log zip to a temporary file (302 to the log host, no token sent
 * there), calls `use` with the zip's path, and deletes it. The zip is capped at
 * `settings.maxBytes` like a single log.
 */
export async function withRunLogZip<T>(client: GitHubClient, run: RunZipRequest, settings: DownloadSettings, use: (zipPath: string) => Promise<T>): Promise<T> {
  const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs', {
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
    attempt_number: run.attempt,
    request: { redirect: 'manual' },
  });
  const location = (response.headers as Record<string, string | undefined>)['location'];
  if (!(response.status >= 300 && response.status < 400 && location)) {
    throw new Error(`the run-log zip endpoint answered ${response.status} without a redirect`);
  }
  const dir = await mkdtemp(join(run.tempDir ?? tmpdir(), 'prodfix-run-logs-'));
  try {
    const zipPath = join(dir, 'logs.zip');
    await downloadFromHost(new URL(location, response.url), settings, (body) => pipeline(body, capped(settings.maxBytes), createWriteStream(zipPath)));
    return await use(zipPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Passes an entry's bytes on, then fails if their CRC-32 is not the one the zip recorded. */
async function* checkedCrc(stream: Readable, entry: Entry): AsyncGenerator<Buffer> {
  let crc = 0;
  for await (const chunk of stream) {
    crc = crc32(chunk as Buffer, crc);
    yield chunk as Buffer;
  }
  if (crc !== entry.crc32) throw new Error(`zip entry ${JSON.stringify(entry.fileName)} is damaged (CRC-32 mismatch)`);
}

/** Passes chunks through, failing with TooBigError past `limit` bytes. */
function capped(limit: number): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* (source) {
    let seen = 0;
    for await (const chunk of source) {
      seen += chunk.length;
      if (seen > limit) throw new TooBigError(limit);
      yield chunk;
    }
  };
}

/**
 * Reads the zip's job logs: lists the entries, asks `pick` which names it wants, and hands each
 * picked entry to `read` (which opens the inflated stream when it is ready for it), `parallel`
 * at a time, in archive order. `read` deals with its own failures. Entry names are only
 * compared, never used as paths; yauzl checks each entry's size, and the stream fails at its end
 * when the bytes do not have the CRC-32 the zip gives for them (a damaged download).
 */
export async function readZipEntries(
  zipPath: string,
  pick: (names: readonly string[]) => ReadonlySet<string>,
  read: (name: string, open: () => Promise<Readable>) => Promise<void>,
  parallel = 1,
): Promise<void> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, strictFileNames: false });
  try {
    const entries: Entry[] = [];
    for await (const entry of zip.eachEntry()) if (!entry.fileName.endsWith('/')) entries.push(entry);
    const picked = pick(entries.map((entry) => entry.fileName));
    const limit = pLimit(Math.max(1, parallel));
    const open = async (entry: Entry): Promise<Readable> => Readable.from(checkedCrc(await zip.openReadStreamPromise(entry), entry));
    const reads = entries.filter((entry) => picked.has(entry.fileName)).map((entry) => limit(() => read(entry.fileName, () => open(entry))));
    await Promise.all(reads);
  } finally {
    zip.close();
  }
}
