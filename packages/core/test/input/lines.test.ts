import { describe, expect, it } from 'vitest';
import { readLines, TRUNCATION_MARKER } from '../../src/input/lines.js';
import type { ReadLinesOptions, ReadLinesResult } from '../../src/input/lines.js';
import { chunked } from './helpers.js';

interface Read extends ReadLinesResult {
  text: string[];
  numbers: number[];
}

async function read(bytes: Buffer, chunkSize = 64 * 1024, options?: ReadLinesOptions): Promise<Read> {
  const text: string[] = [];
  const numbers: number[] = [];
  const result = await readLines(chunked(bytes, chunkSize), (line, n) => {
    text.push(line);
    numbers.push(n);
  }, options);
  return { ...result, text, numbers };
}

/** Reads the same bytes whole and one byte at a time; both must agree. */
async function readBothWays(bytes: Buffer): Promise<Read> {
  const whole = await read(bytes);
  const byByte = await read(bytes, 1);
  expect(byByte.text).toEqual(whole.text);
  expect(byByte.numbers).toEqual(whole.numbers);
  expect(byByte.encoding).toBe(whole.encoding);
  return whole;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('readLines', () => {
  it('numbers LF lines from 1 and keeps a last line without a newline', async () => {
    const r = await readBothWays(Buffer.from('first\nsecond\n\nfourth'));
    expect(r.text).toEqual(['first', 'second', '', 'fourth']);
    expect(r.numbers).toEqual([1, 2, 3, 4]);
    expect(r.lines).toBe(4);
    expect(r.bytes).toBe(20);
  });

  it('reads nothing from an empty input', async () => {
    const r = await read(Buffer.alloc(0));
    expect(r).toMatchObject({ lines: 0, bytes: 0, text: [], truncatedLines: 0 });
  });

  it('drops a UTF-8 byte-order mark, even when it arrives one byte at a time', async () => {
    const r = await readBothWays(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo\nworld\n')]));
    expect(r.text).toEqual(['héllo', 'world']);
    expect(r.encoding).toBe('utf-8');
  });

  it('decodes UTF-16LE with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ünïcode ✓\r\nzwei\r\n', 'utf16le')]);
    const r = await readBothWays(bytes);
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toEqual(['Ünïcode ✓', 'zwei']);
  });

  it('decodes UTF-16BE with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('one\ntwo 😀\nthree')]);
    const r = await readBothWays(bytes);
    expect(r.encoding).toBe('utf-16be');
    expect(r.text).toEqual(['one', 'two 😀', 'three']);
  });

  it('replaces invalid UTF-8 bytes with U+FFFD instead of failing', async () => {
    const bytes = Buffer.concat([Buffer.from('ok '), Buffer.from([0xff, 0xc3]), Buffer.from('\nnext '), Buffer.from([0xe2, 0x82]), Buffer.from('\n')]);
    const r = await readBothWays(bytes);
    expect(r.text).toEqual(['ok \uFFFD\uFFFD', 'next \uFFFD']);
  });

  it('keeps multibyte characters whole when a chunk boundary falls inside them', async () => {
    const text = 'ab€c\n日本語\n🚀 launch\n';
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 5]) {
      const r = await read(bytes, size);
      expect(r.text).toEqual(['ab€c', '日本語', '🚀 launch']);
    }
  });

  it('reads CRLF line ends, also when a chunk boundary splits the CR from the LF', async () => {
    const bytes = Buffer.from('alpha\r\nbeta\r\n\r\ngamma\r\n');
    const r = await readBothWays(bytes);
    expect(r.text).toEqual(['alpha', 'beta', '', 'gamma']);
    // The first chunk ends right after the first CR: that must not make the file "CR-only".
    const split = await read(bytes, 6);
    expect(split.text).toEqual(['alpha', 'beta', '', 'gamma']);
  });

  it('reads CR-only line ends, also one byte at a time', async () => {
    const r = await readBothWays(Buffer.from('one\rtwo\r\rfour\r'));
    expect(r.text).toEqual(['one', 'two', '', 'four']);
    expect(r.numbers).toEqual([1, 2, 3, 4]);
  });

  it('reads a CR-only file whose first line is longer than the first chunk', async () => {
    const first = 'x'.repeat(100);
    const r = await read(Buffer.from(`${first}\rsecond\rthird`), 100);
    expect(r.text).toEqual([first, 'second', 'third']);
  });

  it('reads a single line ended by a lone CR as one line', async () => {
    const r = await readBothWays(Buffer.from('only\r'));
    expect(r.text).toEqual(['only']);
  });

  it('ends a line at a lone CR inside an LF file too (as editors and the labelled datasets count lines)', async () => {
    const r = await readBothWays(Buffer.from('10%\r50%\r100%\ndone\n'));
    expect(r.text).toEqual(['10%', '50%', '100%', 'done']);
    expect(r.numbers).toEqual([1, 2, 3, 4]);
  });

  it('cuts a 10 MB single line with the marker and goes on counting lines', async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024, 'x');
    const bytes = Buffer.concat([Buffer.from('before\n'), huge, Buffer.from('\nafter\n')]);
    for (const chunkSize of [64 * 1024, bytes.length]) {
      const r = await read(bytes, chunkSize, { maxLineChars: 1000 });
      expect(r.text).toEqual(['before', `${'x'.repeat(1000)}${TRUNCATION_MARKER}`, 'after']);
      expect(r.numbers).toEqual([1, 2, 3]);
      expect(r.truncatedLines).toBe(1);
      expect(r.bytes).toBe(bytes.length);
    }
  });

  it('cuts a 10 MB line that never ends without holding it (default cap 64 KiB)', async () => {
    const source = async function* (): AsyncGenerator<Buffer> {
      const chunk = Buffer.alloc(64 * 1024, 'y');
      for (let i = 0; i < 160; i++) yield chunk;
    };
    const seen: string[] = [];
    const before = process.memoryUsage().heapUsed;
    const r = await readLines(source(), (line) => seen.push(line));
    const grown = process.memoryUsage().heapUsed - before;
    expect(r.lines).toBe(1);
    expect(r.truncatedLines).toBe(1);
    expect(seen[0]).toBe('y'.repeat(64 * 1024) + TRUNCATION_MARKER);
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it('never cuts a line between the two halves of a surrogate pair', async () => {
    const r = await read(Buffer.from(`abc😀def\n`), 64, { maxLineChars: 4 });
    expect(r.text).toEqual([`abc${TRUNCATION_MARKER}`]);
  });
});
