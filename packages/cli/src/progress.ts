import type { AnalyzeProgress } from '@prodfix/core';
import type { OutputStream } from './io.js';

/** Wait this long before the first progress line, so small inputs never show one. */
const FIRST_AFTER_MS = 500;
/** Then redraw at most this often. */
const EVERY_MS = 200;

const megabytes = (bytes: number): string => (bytes / 1024 ** 2).toFixed(1);

/**
 * A one-line, self-overwriting progress indicator on stderr, shown only when stderr is a
 * terminal and the work takes long enough to need one.
 */
export class ProgressLine {
  private readonly startedAt: number;
  private lastDrawnAt = 0;
  private drawn = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Whether this stream gets progress lines at all. */
  get active(): boolean {
    return this.stream.isTTY === true;
  }

  /** Redraws the line if enough time has passed. */
  update(progress: AnalyzeProgress): void {
    if (!this.active) return;
    const now = this.now();
    if (now - this.startedAt < FIRST_AFTER_MS || now - this.lastDrawnAt < EVERY_MS) return;
    this.lastDrawnAt = now;
    this.drawn = true;
    const share = progress.totalBytes > 0 ? Math.floor((100 * progress.bytes) / progress.totalBytes) : 0;
    this.stream.write(
      `\r\x1b[2Kprodfix: ${progress.files}/${progress.totalFiles} files, ${megabytes(progress.bytes)}/${megabytes(progress.totalBytes)} MB (${share}%)`,
    );
  }

  /** Erases the line, if one was drawn. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
