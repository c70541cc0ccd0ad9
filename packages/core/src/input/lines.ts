import { TextDecoder } from 'node:util';
/**
 * Turns a byte stream into numbered text lines without holding the whole input in memory.
 *
 * - Encodings: UTF-8 with or without BOM; UTF-16 LE/BE when a BOM says so. Invalid bytes become
 *   U+FFFD (never fatal).
 * - Line ends: LF and CRLF; a file whose first chunk has CRs but no LF is read as CR-terminated.
 *   A lone CR inside an LF file stays in the line (progress bars); analysis keeps the text after
 *   the last CR, as a terminal would show it.
 * - A line longer than `maxLineChars` is cut with a marker; the rest of it is skipped, not lost
 *   from the line count.
 * Line numbers are 1-based and match the raw file as an editor shows it.
 */

export interface ReadLinesOptions {
  /** Longest line kept, in characters; longer lines are cut with a marker. Default 64 KiB. */
  maxLineChars?: number;
}

export interface ReadLinesResult {
  lines: number;
  bytes: number;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Lines that were cut at `maxLineChars`. */
  truncatedLines: number;
}

export type LineVisitor = (text: string, lineNumber: number) => void;

export const DEFAULT_MAX_LINE_CHARS = 64 * 1024;
export const TRUNCATION_MARKER = ' …[line cut by prodfix]';

export async function readLines(
  chunks: AsyncIterable<Buffer | Uint8Array>,
  visit: LineVisitor,
  options: ReadLinesOptions = {},
): Promise<ReadLinesResult> {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  let decoder: TextDecoder | undefined;
  let encoding: ReadLinesResult['encoding'] = 'utf-8';
  let separator = '\n';
  let pending = '';
  /** True while we are skipping the remainder of a cut line. */
  let skippingLongLine = false;
  let lineNumber = 0;
  let bytes = 0;
  let truncatedLines = 0;
  let head: Buffer | undefined;

  const emit = (line: string): void => {
    lineNumber++;
    if (separator === '\n' && line.length > 0 && line.charCodeAt(line.length - 1) === 13) {
      line = line.slice(0, -1);
    }
    visit(line, lineNumber);
  };

  const take = (text: string): void => {
    let start = 0;
    for (;;) {
      const end = text.indexOf(separator, start);
      if (end === -1) break;
      if (skippingLongLine) {
        skippingLongLine = false;
        start = end + 1;
        continue;
      }
      if (pending.length > 0) {
        const line = pending + text.slice(start, end);
        pending = '';
        if (line.length > maxLineChars) {
          truncatedLines++;
          emit(line.slice(0, maxLineChars) + TRUNCATION_MARKER);
        } else emit(line);
      } else if (end - start > maxLineChars) {
        truncatedLines++;
        emit(text.slice(start, start + maxLineChars) + TRUNCATION_MARKER);
      } else {
        emit(text.slice(start, end));
      }
      start = end + 1;
    }
    if (start < text.length && !skippingLongLine) {
      pending += text.slice(start);
      if (pending.length > maxLineChars) {
        truncatedLines++;
        emit(pending.slice(0, maxLineChars) + TRUNCATION_MARKER);
        pending = '';
        skippingLongLine = true;
      }
    }
  };

  const start = (first: Buffer): void => {
    let offset = 0;
    if (first[0] === 0xff && first[1] === 0xfe) {
      encoding = 'utf-16le';
      offset = 2;
    } else if (first[0] === 0xfe && first[1] === 0xff) {
      encoding = 'utf-16be';
      offset = 2;
    } else if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
      offset = 3;
    }
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    const text = decoder.decode(first.subarray(offset), { stream: true });
    if (text.indexOf('\n') === -1 && text.indexOf('\r') !== -1) separator = '\r';
    take(text);
  };

  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytes += buffer.length;
    if (!decoder) {
      // Need 3 bytes to recognise a BOM; a tiny first chunk waits for the next one.
      head = head ? Buffer.concat([head, buffer]) : buffer;
      if (head.length < 3) continue;
      start(head);
      head = undefined;
      continue;
    }
    take(decoder.decode(buffer, { stream: true }));
  }
  if (!decoder && head) start(head);
  if (decoder) take(decoder.decode());
  if (pending.length > 0 && !skippingLongLine) emit(pending);
  return { lines: lineNumber, bytes, encoding, truncatedLines };
}
