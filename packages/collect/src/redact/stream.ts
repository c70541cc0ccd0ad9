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

/** Characters of already-written text kept so look-behinds and `\b` see the real left context. */
const CONTEXT_CHARS = 256;
/** Longest END line of a PEM block, kept back while inside one so a split END line is still seen. */
const END_LINE_CHARS = 100;

/**
 * A Transform that redacts a byte stream without holding it whole: bytes are handled as latin1
 * text, searched in batches, and the last `windowChars` of each batch (or from the start of a
 * match that reaches past that point) wait for the next batch. `counts` is final once the
 * stream has ended.
 */
export class RedactStream extends Transform {
  readonly counts: RedactionCounts = {};
  private pending = '';
  private context = '';
  /** True while inside a PEM block whose start was already written out redacted. */
  private insideKey = false;
  private readonly windowChars: number;
  private readonly batchChars: number;
  private readonly maxHoldChars: number;

  constructor(private readonly redactor: Redactor, options: RedactStreamOptions = {}) {
    super();
    this.windowChars = options.windowChars ?? 8 * 1024;
    this.batchChars = options.batchChars ?? 64 * 1024;
    this.maxHoldChars = Math.max(options.maxHoldChars ?? 1024 * 1024, this.windowChars + this.batchChars);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending += chunk.toString('latin1');
    if (this.pending.length >= this.windowChars + this.batchChars) this.process(false);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.process(true);
    callback();
  }

  private process(final: boolean): void {
    if (this.insideKey && !this.skipKeyBody(final)) return;
    const text = this.context + this.pending;
    const base = this.context.length;
    const spans = this.redactor.findSpans(text).filter((span) => span.end > base);
    let cut = final ? text.length : text.length - this.windowChars;
    const open = spans.find((span) => span.start < cut && span.end > cut);
    if (open) cut = open.start;
    if (cut <= base) {
      if (this.pending.length < this.maxHoldChars) return;
      cut = text.length;
      this.insideKey = spans.some((span) => isOpenKeyBlock(text, span));
    }
    this.pushRedacted(text, spans, base, cut);
  }

  /**
   * Drops the body of a PEM block already opened (keeping its newlines) up to and including
   * its END line. Returns true when the block closed and normal processing can go on.
   */
  private skipKeyBody(final: boolean): boolean {
    const end = PRIVATE_KEY_END.exec(this.pending);
    let stop: number;
    if (end) stop = end.index + end[0].length;
    else if (final) stop = this.pending.length;
    else stop = Math.max(0, this.pending.length - END_LINE_CHARS);
    this.push(Buffer.from(this.pending.slice(0, stop).replace(/[^\n]+/g, ''), 'latin1'));
    this.context = '';
    this.pending = this.pending.slice(stop);
    this.insideKey = !end && !final;
    return !this.insideKey;
  }

  private pushRedacted(text: string, spans: RedactionSpan[], base: number, cut: number): void {
    this.push(Buffer.from(this.redactor.apply(text, spans, base, cut, this.counts), 'latin1'));
    this.context = text.slice(Math.max(0, cut - CONTEXT_CHARS), cut);
    this.pending = text.slice(cut);
  }
}

function isOpenKeyBlock(text: string, span: RedactionSpan): boolean {
  return span.kind === 'private-key' && span.end === text.length && !PRIVATE_KEY_END.test(text.slice(span.start, span.end));
}
