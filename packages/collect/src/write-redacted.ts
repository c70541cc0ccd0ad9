import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type RedactionCounts, type Redactor } from './redact/redactor.js';
import { RedactStream } from './redact/stream.js';
import { TooBigError } from './problems.js';

/** What was written: the redacted file's size and digest, and what was hidden. */
export interface WrittenFile {
  size: number;
  sha256: string;
  redactions: RedactionCounts;
}

/**
 * Streams `source` through the redactor into `path` (folders created), never holding it whole.
 * More than `maxBytes` input bytes aborts with TooBigError. On any failure the partial file is
 * removed and the error rethrown.
 */
export async function writeRedacted(
  source: Readable | AsyncIterable<Uint8Array>,
  path: string,
  redactor: Redactor,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<WrittenFile> {
  await mkdir(dirname(path), { recursive: true });
  const redact = new RedactStream(redactor);
  const digest = new DigestStream();
  try {
    await pipeline(source, new ByteCap(maxBytes), redact, digest, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return { size: digest.size, sha256: digest.hash.digest('hex'), redactions: redact.counts };
}

/** Writes a JSON value (already redacted) with two-space indentation, and describes it. */
export async function writeJson(path: string, value: unknown, redactions: RedactionCounts): Promise<WrittenFile> {
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), redactions };
}

/** Passes bytes through, failing with TooBigError once more than `limit` have gone by. */
export class ByteCap extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) callback(new TooBigError(this.limit));
    else callback(null, chunk);
  }
}

/** Passes bytes through, counting them and hashing them. */
class DigestStream extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }
}
