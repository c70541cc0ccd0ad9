import { open } from 'node:fs/promises';
import type { LogSource } from './source.js';

/** Bytes per read from disk: large enough for throughput, small enough to never matter for memory. */
export const READ_CHUNK_BYTES = 256 * 1024;

/** A log file on disk; each `open()` streams it from the start. */
export function fileSource(absolutePath: string, shownPath: string, size: number): LogSource {
  return {
    path: shownPath,
    size,
    async open() {
      const handle = await open(absolutePath, 'r');
      // The stream closes the handle when it ends or is destroyed.
      return handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Buffer>;
    },
  };
}
