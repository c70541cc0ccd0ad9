import type { ByteChunks } from './source.js';
import { TextDecoder } from 'node:util';
import { LINE_END, type KeywordAutomaton } from './keyword-automaton.js';

/**
 * Splits a byte stream into lines without decoding them, and tells for each line whether it
 * holds one of the automaton's keywords. Callers decode only the lines they need, which keeps
 * a gigabyte-sized log fast to read and memory flat.
 *
 * - Line ends: LF, CRLF and a lone CR (as editors and the labelled datasets count lines), also
 *   when a CRLF pair is split across two chunks.
 * - Encodings: UTF-8 (a BOM is skipped); UTF-16 LE/BE with a BOM is transcoded to UTF-8 first.
 *   Invalid UTF-8 is left as is: decoding a line later replaces it with U+FFFD.
 * - A line longer than `maxLineBytes` is cut and ends with `TRUNCATION_MARKER`; the rest of it
 *   is skipped but it still counts as one line.
 */

export const TRUNCATION_MARKER = ' …[line cut by prodfix]';
const MARKER_BYTES = Buffer.from(TRUNCATION_MARKER, 'utf8');

export interface ByteLineVisitor {
  /** `bytes[start, end)` is the line without its terminator; valid only during the call. */
  (bytes: Buffer, start: number, end: number, lineNumber: number, matched: boolean): void;
}

export interface ScanResult {
  lines: number;
  bytes: number;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  truncatedLines: number;
}

export interface ScanOptions {
  /** Keywords to look for; without one, `matched` is always false. */
  automaton?: KeywordAutomaton;
  /** Longest line kept, in bytes (default 64 KiB). */
  maxLineBytes?: number;
}

const LF = 10;
const CR = 13;

export async function scanByteLines(
  chunks: ByteChunks,
  visit: ByteLineVisitor,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const automaton = options.automaton;
  const maxLineBytes = options.maxLineBytes ?? 64 * 1024;
  let encoding: ScanResult['encoding'] = 'utf-8';
  let transcoder: TextDecoder | undefined;
  let head: Buffer | undefined;
  let started = false;
  let carry: Buffer[] = [];
  let carryLength = 0;
  let skipping = false; // inside the rest of a cut line
  let skipLeadingLF = false; // the previous chunk ended with CR
  let lineNumber = 0;
  let bytes = 0;
  let truncatedLines = 0;

  const emit = (buffer: Buffer, start: number, end: number): void => {
    lineNumber++;
    visit(buffer, start, end, lineNumber, automaton ? automaton.matchBytes(buffer, start, end) : false);
  };
  const emitCut = (line: Buffer): void => {
    truncatedLines++;
    // Cut on a character boundary: never inside a UTF-8 sequence.
    let at = maxLineBytes;
    while (at > 0 && ((line[at] ?? 0) & 0xc0) === 0x80) at--;
    const cut = Buffer.concat([line.subarray(0, at), MARKER_BYTES]);
    emit(cut, 0, cut.length);
  };

  const tables = automaton?.lineTables();
  /** Set by `findLineEnd`: the line it just ended holds a keyword. */
  let matchedSoFar = false;
  /** The chunk `nextCR` belongs to, and the next CR at or after the scan position (-1: none left). */
  let crChunk: Buffer | undefined;
  let nextCR = -1;
  /** The next line end (LF or CR) at or after `from`, found natively. */
  const nativeLineEnd = (data: Buffer, from: number): number => {
    if (crChunk !== data) {
      crChunk = data;
      nextCR = data.indexOf(CR, from);
    } else if (nextCR !== -1 && nextCR < from) nextCR = data.indexOf(CR, from);
    const lf = data.indexOf(LF, from);
    return nextCR !== -1 && (lf === -1 || nextCR < lf) ? nextCR : lf;
  };
  /** Finds the next line end at or after `from`, running the automaton on the way. */
  const findLineEnd = (data: Buffer, from: number): number => {
    if (!tables) return nativeLineEnd(data, from);
    const { next, flags, byteClass } = tables;
    const length = data.length;
    let state = 0;
    let i = from;
    // A runner timestamp (`2024-05-06T09:50:14.1206542Z `) holds no keyword and no line end:
    // skip it, a third of a typical job-log line.
    if (i + 28 < length && data[i + 27] === 90 /* Z */ && data[i + 10] === 84 /* T */ && data[i + 4] === 45 /* - */ && data[i + 7] === 45 && data[i + 16] === 58 /* : */) i += 28;
    for (; i < length; i++) {
      state = next[state + byteClass[data[i]!]!]!;
      const flag = flags[state]!;
      if (flag === 0) continue;
      if (flag === LINE_END) return i;
      matchedSoFar = true;
      // The rest of the line needs no matching: jump to its end natively.
      return nativeLineEnd(data, i + 1);
    }
    return -1;
  };

  const take = (data: Buffer): void => {
    if (data.length === 0) return;
    let position = 0;
    const length = data.length;
    if (skipLeadingLF) {
      skipLeadingLF = false;
      if (data[0] === LF) position = 1;
    }
    while (position < length) {
      matchedSoFar = false;
      const end = findLineEnd(data, position);
      if (end === -1) {
        // No line end in the rest of this chunk: keep it for the next one.
        if (!skipping) {
          const rest = data.subarray(position);
          carry.push(Buffer.from(rest));
          carryLength += rest.length;
          if (carryLength > maxLineBytes) {
            emitCut(Buffer.concat(carry));
            carry = [];
            carryLength = 0;
            skipping = true;
          }
        }
        return;
      }
      let terminator = 1;
      if (data[end] === CR) {
        if (end + 1 < length) {
          if (data[end + 1] === LF) terminator = 2;
        } else skipLeadingLF = true;
      }
      if (skipping) {
        skipping = false;
      } else if (carryLength > 0) {
        carry.push(data.subarray(position, end));
        const line = Buffer.concat(carry);
        carry = [];
        carryLength = 0;
        if (line.length > maxLineBytes) emitCut(line);
        else emit(line, 0, line.length);
      } else if (end - position > maxLineBytes) {
        emitCut(data.subarray(position, end));
      } else {
        lineNumber++;
        visit(data, position, end, lineNumber, matchedSoFar);
      }
      position = end + terminator;
    }
  };

  const start = (first: Buffer): void => {
    started = true;
    let offset = 0;
    if (first[0] === 0xff && first[1] === 0xfe) encoding = 'utf-16le';
    else if (first[0] === 0xfe && first[1] === 0xff) encoding = 'utf-16be';
    else if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) offset = 3;
    if (encoding !== 'utf-8') {
      transcoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
      take(Buffer.from(transcoder.decode(first, { stream: true }), 'utf8'));
    } else take(first.subarray(offset));
  };

  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytes += buffer.length;
    if (!started) {
      head = head ? Buffer.concat([head, buffer]) : buffer;
      if (head.length >= 3) {
        start(head);
        head = undefined;
      }
      continue;
    }
    if (transcoder) take(Buffer.from(transcoder.decode(buffer, { stream: true }), 'utf8'));
    else take(buffer);
  }
  if (!started && head) start(head);
  if (transcoder) take(Buffer.from(transcoder.decode(), 'utf8'));
  if (carryLength > 0 && !skipping) {
    const line = Buffer.concat(carry);
    if (line.length > maxLineBytes) emitCut(line);
    else emit(line, 0, line.length);
  }
  return { lines: lineNumber, bytes, encoding, truncatedLines };
}
