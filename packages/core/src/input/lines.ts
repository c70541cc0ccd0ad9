import type { ByteChunks } from './source.js';
import { scanByteLines, TRUNCATION_MARKER, type ScanResult } from './byte-lines.js';

/**
 * Turns a byte stream into numbered text lines without holding the whole input in memory:
 * `scanByteLines` (line ends LF, CRLF and lone CR; UTF-8 with or without BOM; UTF-16 with a
 * BOM; long lines cut with `TRUNCATION_MARKER`) with every line decoded (invalid UTF-8 becomes
 * U+FFFD). Line numbers are 1-based and match the raw file as an editor shows it.
 * The analysis itself reads bytes and decodes only the lines it needs; this is for callers that
 * want every line as text.
 */

export interface ReadLinesOptions {
  /** Longest line kept, in bytes of UTF-8; longer lines are cut with a marker. Default 64 KiB. */
  maxLineChars?: number;
}

export type ReadLinesResult = ScanResult;

export type LineVisitor = (text: string, lineNumber: number) => void;

export const DEFAULT_MAX_LINE_CHARS = 64 * 1024;
export { TRUNCATION_MARKER };

export async function readLines(
  chunks: ByteChunks,
  visit: LineVisitor,
  options: ReadLinesOptions = {},
): Promise<ReadLinesResult> {
  return scanByteLines(chunks, (bytes, start, end, lineNumber) => visit(bytes.toString('utf8', start, end), lineNumber), {
    maxLineBytes: options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS,
  });
}
