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
import type { RepoRef } from './runs.js';
import { ByteCap } from './write-redacted.js';

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
    await downloadFromHost(new URL(location, response.url), settings, (body) => pipeline(body, new ByteCap(settings.maxBytes), createWriteStream(zipPath)));
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
