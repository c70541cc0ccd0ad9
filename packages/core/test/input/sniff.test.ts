import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBinary, looksLikeZip, readFileHead, SNIFF_BYTES, sniffContent } from '../../src/input/sniff.js';
import { tempDirs } from './helpers.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe('sniffContent', () => {
  it('calls text text, including invalid UTF-8 and control characters other than NUL', () => {
    expect(sniffContent(Buffer.from('hello\n\x1b[31mred\x1b[0m\n'))).toBe('text');
    expect(sniffContent(Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a]))).toBe('text');
  });

  it('calls a NUL byte in the first 8 KiB binary, and ignores one after', () => {
    const early = Buffer.alloc(SNIFF_BYTES, 'a');
    early[SNIFF_BYTES - 1] = 0;
    expect(sniffContent(early)).toBe('binary');
    const late = Buffer.concat([Buffer.alloc(SNIFF_BYTES, 'a'), Buffer.from([0])]);
    expect(sniffContent(late)).toBe('text');
  });

  it('reads UTF-16 with a BOM as text despite its NUL bytes', () => {
    expect(sniffContent(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('log line\n', 'utf16le')]))).toBe('text');
    expect(sniffContent(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('log line\n', 'utf16le').swap16()]))).toBe('text');
    expect(sniffContent(Buffer.from('log line\n', 'utf16le'))).toBe('binary');
  });

  it('calls no bytes empty', () => {
    expect(sniffContent(Buffer.alloc(0))).toBe('empty');
  });

  it('recognises zips and explains gzip', () => {
    expect(looksLikeZip(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(looksLikeZip(Buffer.from('PK but not a zip'))).toBe(false);
    expect(describeBinary(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toMatch(/gzip/);
    expect(describeBinary(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]))).toMatch(/NUL bytes/);
  });
});

describe('readFileHead', () => {
  it('gives the size and at most the first 8 KiB', async () => {
    const dir = await dirs.make();
    const path = join(dir, 'big.log');
    await writeFile(path, Buffer.alloc(SNIFF_BYTES * 3, 'z'));
    const { size, head } = await readFileHead(path);
    expect(size).toBe(SNIFF_BYTES * 3);
    expect(head.length).toBe(SNIFF_BYTES);
    const empty = join(dir, 'empty.log');
    await writeFile(empty, '');
    expect(await readFileHead(empty)).toEqual({ size: 0, head: Buffer.alloc(0) });
  });
});
