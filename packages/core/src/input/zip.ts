import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, Options, ZipFile } from 'yauzl';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { printable } from './display-path.js';
import { classifyName, compareNames } from './log-names.js';
import { preferJobLogs } from './run-log-layout.js';
import { describeBinary, SNIFF_BYTES, sniffContent } from './sniff.js';
import type { InputLimits, LogSource } from './source.js';
import { entryName, entryProblem, isFolderEntry } from './zip-entries.js';

/**
 * Reading the entries of a zip (a GitHub run-log download, or any zip of logs) as log sources,
 * without extracting anything to disk and without trusting the zip:
 * - unsafe names (`..`, absolute, drive letters, backslashes), symlinks and encrypted entries are
 *   skipped with a note;
 * - at most `maxZipEntries` entries are listed; entries declaring more than `maxZipEntryBytes`
 *   are skipped, and listing stops before the declared sizes pass `maxZipTotalBytes`;
 * - the bytes actually inflated are counted while reading: an entry that inflates past its
 *   declared size (a zip bomb with a lying header) is cut there with a warning, so the declared
 *   caps also hold for real bytes; nothing is ever held whole in memory.
 * Each source reopens the zip, so `open()` can be called any number of times.
 */

/** What a zip gave: its readable entries and one note per thing skipped. */
export interface ZipListing {
  sources: LogSource[];
  notes: string[];
  /** True when listing stopped because `maxSources` sources were found. */
  full: boolean;
}

export interface ZipListingOptions {
  limits: InputLimits;
  /** Most sources to return (what is left of `maxFiles`). */
  maxSources: number;
  logger: Logger;
}

// Names are decoded by `entryName` so that a bad name skips one entry instead of failing the
// whole zip; sizes are checked on the bytes themselves by `capBytes`.
const ZIP_OPTIONS: Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: false,
  validateEntrySizes: false,
  strictFileNames: true,
};

interface Candidate {
  entry: Entry;
  name: string;
}

/** Lists the log entries of the zip at `zipPath` (shown to people as `shownZip`). */
export async function listZipSources(zipPath: string, shownZip: string, options: ZipListingOptions): Promise<ZipListing> {
  const notes: string[] = [];
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, ZIP_OPTIONS);
  } catch (error) {
    notes.push(`skipped ${shownZip}: not a readable zip (${describeError(error)})`);
    return { sources: [], notes, full: false };
  }
  try {
    const candidates = await listCandidates(zip, shownZip, options, notes);
    const { kept, duplicates } = preferJobLogs(candidates);
    if (duplicates.length > 0) {
      options.logger.debug(`${shownZip}: skipped ${duplicates.length} per-step logs; the job logs beside them hold the same lines`);
    }
    kept.sort((a, b) => compareNames(a.name, b.name));
    return await admit(zipPath, zip, shownZip, kept, options, notes);
  } finally {
    zip.close();
  }
}

/** Every entry worth reading by name and kind, up to `maxZipEntries`; notes for the unsafe ones. */
async function listCandidates(zip: ZipFile, shownZip: string, options: ZipListingOptions, notes: string[]): Promise<Candidate[]> {
  const { maxZipEntries } = options.limits;
  const candidates: Candidate[] = [];
  let seen = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (++seen > maxZipEntries) {
        notes.push(`${shownZip}: holds ${zip.entryCount} entries; only the first ${maxZipEntries} were read (maxZipEntries)`);
        break;
      }
      const name = entryName(entry);
      const shown = `${shownZip}!${printable(name)}`;
      const problem = entryProblem(entry, name);
      if (problem !== undefined) {
        notes.push(`skipped ${shown}: ${problem}`);
        continue;
      }
      if (isFolderEntry(name)) continue;
      const kind = classifyName(name);
      if (kind === 'zip') notes.push(`skipped ${shown}: zips inside zips are not opened`);
      else if (kind === 'other') options.logger.debug(`skipped ${shown} (not a log file)`);
      else candidates.push({ entry, name });
    }
  } catch (error) {
    notes.push(`${shownZip}: stopped listing entries: ${describeError(error)}`);
  }
  return candidates;
}

/** Applies the size caps and the binary check, in order, and makes the sources. */
async function admit(
  zipPath: string,
  zip: ZipFile,
  shownZip: string,
  candidates: readonly Candidate[],
  options: ZipListingOptions,
  notes: string[],
): Promise<ZipListing> {
  const { maxZipEntryBytes, maxZipTotalBytes } = options.limits;
  const sources: LogSource[] = [];
  let declaredTotal = 0;
  for (const { entry, name } of candidates) {
    const shown = `${shownZip}!${printable(name)}`;
    const size = entry.uncompressedSize;
    if (size > maxZipEntryBytes) {
      notes.push(`skipped ${shown}: it declares ${size} bytes uncompressed, over the cap of ${maxZipEntryBytes} per entry (maxZipEntryBytes)`);
      continue;
    }
    if (declaredTotal + size > maxZipTotalBytes) {
      notes.push(`${shownZip}: stopped before ${printable(name)}: the entries would pass ${maxZipTotalBytes} bytes uncompressed in total (maxZipTotalBytes)`);
      break;
    }
    if (sources.length >= options.maxSources) return { sources, notes, full: true };
    const problem = await sniffEntry(zip, entry);
    if (problem !== undefined) {
      notes.push(`skipped ${shown}: ${problem}`);
      continue;
    }
    declaredTotal += size;
    sources.push(zipEntrySource(zipPath, entry, shown, options.logger));
  }
  return { sources, notes, full: false };
}

/** Why an entry can't be read as text (binary, lying about its size, corrupt), from its first bytes. */
async function sniffEntry(zip: ZipFile, entry: Entry): Promise<string | undefined> {
  const declared = entry.uncompressedSize;
  let overflow = false;
  const parts: Buffer[] = [];
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const limit = Math.min(declared, SNIFF_BYTES);
    for await (const chunk of capBytes(stream, limit, () => (overflow = declared < SNIFF_BYTES))) parts.push(chunk);
  } catch (error) {
    return `cannot be read (${describeError(error)})`;
  }
  if (overflow) return `it inflates to more than the ${declared} bytes it declares (a zip bomb?)`;
  const head = Buffer.concat(parts);
  return sniffContent(head) === 'binary' ? describeBinary(head) : undefined;
}

/** A zip entry as a source; each `open()` reopens the zip and inflates the entry as a stream. */
function zipEntrySource(zipPath: string, entry: Entry, shown: string, logger: Logger): LogSource {
  const declared = entry.uncompressedSize;
  return {
    path: shown,
    size: declared,
    async open() {
      const zip = await yauzl.openPromise(zipPath, ZIP_OPTIONS);
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } finally {
        // The stream keeps the file open until it ends or is destroyed.
        zip.close();
      }
      return capBytes(stream, declared, () =>
        logger.warning(`${shown}: stopped reading after ${declared} bytes: the entry inflates to more than its header declares (a zip bomb?)`),
      );
    },
  };
}

/**
 * Passes at most `cap` bytes of `stream` through, calling `onOverflow` (once) and destroying
 * the stream when there are more. Counts the bytes actually produced, not what a header claims.
 */
async function* capBytes(stream: Readable, cap: number, onOverflow: () => void): AsyncGenerator<Buffer> {
  let passed = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = cap - passed;
      if (chunk.length > room) {
        if (room > 0) yield chunk.subarray(0, room);
        onOverflow();
        return;
      }
      passed += chunk.length;
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}
