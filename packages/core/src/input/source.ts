import type { RunContext } from '../report/model.js';

/** A stream of raw bytes: a Node readable, an async generator or (in tests) an array of buffers. */
export type ByteChunks = AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>;

/** One log to read: a file on disk or an entry inside a zip. */
export interface LogSource {
  /** Path as shown to people: relative to the working directory when inside it; `archive.zip!inner/path.txt` for zip entries. */
  path: string;
  /** Size in bytes (uncompressed size for zip entries). */
  size: number;
  /** Opens a fresh stream of the raw bytes; may be called more than once. */
  open(): Promise<ByteChunks>;
  /** Run/job facts from API objects stored beside the log, when there are any. */
  context?: RunContext;
}

/** Caps that keep bad input (zip bombs, huge folders) from exhausting the machine. */
export interface InputLimits {
  /** Most log files read in one analysis. */
  maxFiles: number;
  /** Most entries read from one zip. */
  maxZipEntries: number;
  /** Most uncompressed bytes read from one zip, all entries together. */
  maxZipTotalBytes: number;
  /** Most uncompressed bytes of one zip entry. */
  maxZipEntryBytes: number;
  /** Longest line kept (characters); longer lines are cut with a marker. */
  maxLineChars: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxFiles: 20_000,
  maxZipEntries: 5_000,
  maxZipTotalBytes: 2 * 1024 ** 3,
  maxZipEntryBytes: 1024 ** 3,
  maxLineChars: 64 * 1024,
};

/** What discovery found, and what it skipped and why (one line each, safe to print). */
export interface DiscoveredSources {
  sources: LogSource[];
  notes: string[];
}
