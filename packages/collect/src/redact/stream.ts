import { Transform, type TransformCallback } from 'node:stream';
import type { RedactionCounts, RedactionSpan, Redactor } from './redactor.js';
import { PRIVATE_KEY_END } from './rules.js';

/** Tuning for the stream redactor; the defaults suit job logs. */
export interface RedactStreamOptions {
  /**
   * Characters held back at the end of each batch, so a secret split across chunks is still
   * seen whole. Longer than any bounded secret format.
   */
  windowChars?: number;
  /** Characters gathered before a batch is searched. */
  batchChars?: number;
  /**
   * Most characters held waiting for an open-ended match (a PEM block without its END line)
   * to close; past that the open match is redacted as far as it goes, and a PEM block stays
   * redacted until its END line arrives.
   */
  maxHoldChars?: number;
}

/** Bytes of already-written text kept so look-behinds and `\b` see the real left context. */
const CONTEXT_CHARS = 256;
/** Longest END line of a PEM block, kept back while inside one so a split END line is still seen. */
const END_LINE_CHARS = 100;

/**
 * A Transform that redacts a byte stream without holding it whole: bytes (read as latin1 text
 * where a rule needs text) are searched in batches, and the last `windowChars` of each batch
 * (or from the start of a match that reaches past that point) wait for the next batch. Bytes
 * where no rule can match go out as they came, never decoded. `counts` is final once the
 * stream has ended.
 */
export class RedactStream extends Transform {
  readonly counts: RedactionCounts = {};
  /** Bytes received and not yet searched, in order. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The last bytes written out, searched again as left context only. */
  private context: Buffer = Buffer.alloc(0);
  /** True while inside a PEM block whose start was already written out redacted. */
  private insideKey = false;
  private readonly windowChars: number;
  private readonly batchChars: number;
  private readonly maxHoldChars: number;

  constructor(private readonly redactor: Redactor, options: RedactStreamOptions = {}) {
    super();
    this.windowChars = options.windowChars ?? 8 * 1024;
    this.batchChars = options.batchChars ?? 256 * 1024;
    this.maxHoldChars = Math.max(options.maxHoldChars ?? 1024 * 1024, this.windowChars + this.batchChars);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.windowChars + this.batchChars) return callback();
    this.process(false).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.process(true).then(() => callback(), callback);
  }

  private async process(final: boolean): Promise<void> {
    if (this.insideKey && !this.skipKeyBody(final)) return;
    const bytes = Buffer.concat([this.context, ...this.pending]);
    const base = this.context.length;
    const spans = (await this.redactor.findAllSpans(bytes)).filter((span) => span.end > base);
    let cut = final ? bytes.length : bytes.length - this.windowChars;
    const open = spans.find((span) => span.start < cut && span.end > cut);
    if (open) cut = open.start;
    if (cut <= base) {
      this.setPending(bytes.subarray(base));
      if (this.pendingBytes < this.maxHoldChars) return;
      cut = bytes.length;
      this.insideKey = spans.some((span) => isOpenKeyBlock(bytes, span));
    }
    this.push(this.redactor.apply(bytes, spans, base, cut, this.counts));
    this.context = bytes.subarray(Math.max(0, cut - CONTEXT_CHARS), cut);
    this.setPending(bytes.subarray(cut));
  }

  /**
   * Drops the body of a PEM block already opened (keeping its newlines) up to and including
   * its END line. Returns true when the block closed and normal processing can go on.
   */
  private skipKeyBody(final: boolean): boolean {
    const pending = Buffer.concat(this.pending);
    const end = PRIVATE_KEY_END.exec(pending.toString('latin1'));
    let stop: number;
    if (end) stop = end.index + end[0].length;
    else if (final) stop = pending.length;
    else stop = Math.max(0, pending.length - END_LINE_CHARS);
    this.push(newlinesOf(pending.subarray(0, stop)));
    this.context = Buffer.alloc(0);
    this.setPending(pending.subarray(stop));
    this.insideKey = !end && !final;
    return !this.insideKey;
  }

  private setPending(bytes: Buffer): void {
    this.pending = bytes.length > 0 ? [bytes] : [];
    this.pendingBytes = bytes.length;
  }
}

function isOpenKeyBlock(bytes: Buffer, span: RedactionSpan): boolean {
  return span.kind === 'private-key' && span.end === bytes.length && !PRIVATE_KEY_END.test(bytes.toString('latin1', span.start, span.end));
}

/** As many newlines as `bytes` has. */
function newlinesOf(bytes: Buffer): Buffer {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count++;
  return Buffer.alloc(count, 10);
}
