import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { LogSource } from '../../src/input/source.js';

/** A fresh temporary folder; `cleanup()` removes every folder made so far. */
export function tempDirs(): { make(): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const dir = await mkdtemp(join(tmpdir(), 'prodfix-input-'));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** One entry of a zip built by `buildZip`. */
export interface ZipEntrySpec {
  name: string;
  /** Content; a function gives a fresh stream (for big entries that must not sit in memory). */
  data: string | Buffer | (() => Readable);
  /** Unix mode (e.g. `0o120777` for a symlink). */
  mode?: number;
  /** Deflate level (default 6; 1 builds big entries faster). */
  level?: number;
}

/** Builds a zip in memory with yazl (entries are deflated). */
export async function buildZip(entries: readonly ZipEntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const { name, data, mode, level } of entries) {
    const options = { ...(mode === undefined ? {} : { mode }), ...(level === undefined ? {} : { compressionLevel: level }) };
    if (typeof data === 'function') zip.addReadStream(data(), name, options);
    else zip.addBuffer(Buffer.from(data), name, options);
  }
  zip.end();
  const parts: Uint8Array[] = [];
  for await (const part of zip.outputStream as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}

/**
 * Renames an entry in built zip bytes, in the local header and the central directory alike
 * (same length only). This is how tests make names that yazl itself refuses to write.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('renameEntry needs names of equal length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  let at = out.indexOf(needle);
  let count = 0;
  while (at !== -1) {
    Buffer.from(to).copy(out, at);
    count++;
    at = out.indexOf(needle, at + needle.length);
  }
  if (count === 0) throw new Error(`no entry named ${from}`);
  return out;
}

/** Overwrites the uncompressed size that the central directory declares for the entry `name`. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = out.indexOf(signature); at !== -1; at = out.indexOf(signature, at + 4)) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`no central directory record for ${name}`);
}

/** A stream of `total` bytes repeating `pattern`, made chunk by chunk. */
export function repeatedStream(pattern: string, total: number, chunkBytes = 1024 * 1024): Readable {
  const unit = Buffer.from(pattern);
  const chunk = Buffer.alloc(Math.max(chunkBytes - (chunkBytes % unit.length), unit.length));
  for (let i = 0; i < chunk.length; i += unit.length) unit.copy(chunk, i);
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(chunk.subarray(0, size));
    },
  });
}

/** Every byte a source gives, as text. */
export async function readSourceText(source: LogSource): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of await source.open()) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

/** Splits bytes into chunks of `size` bytes, as an async iterable (1 puts every boundary everywhere). */
export async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
