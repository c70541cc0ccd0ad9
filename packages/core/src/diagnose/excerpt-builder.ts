import { isContinuation, isNoise } from './line-signatures.js';

/**
 * Groups scored lines into short excerpts while the log streams past, keeping only a bounded
 * number of them. An excerpt starts at a line that scores, takes the lines that carry it on
 * (stack frames, indented detail, diffs) and nearby scoring lines, and closes after a few
 * unrelated lines or at `maxLines`.
 */

export interface ExcerptCandidate {
  startLine: number;
  endLine: number;
  lines: string[];
  /** The highest-scoring line: the one that states the error. */
  bestLine: number;
  bestText: string;
  bestScore: number;
  /** Sum of the scores of its lines (capped per line), a tie-breaker. */
  totalScore: number;
  signals: string[];
  stepIndex: number;
  /** Texts of its scoring lines, for baseline and repetition checks. */
  hitTexts: string[];
  /** Order of creation, for stable sorting. */
  sequence: number;
}

export interface ExcerptBuilderOptions {
  /** Lines at most in one excerpt (default 20). */
  maxLines?: number;
  /** A line must score at least this to start or extend an excerpt (default 5). */
  minScore?: number;
  /** Unrelated lines tolerated inside an excerpt before it closes (default 2). */
  maxGap?: number;
  /** Excerpts kept per file; the weakest are dropped past it (default 400). */
  keep?: number;
}

export class ExcerptBuilder {
  private readonly maxLines: number;
  private readonly minScore: number;
  private readonly maxGap: number;
  private readonly keep: number;
  private open?: ExcerptCandidate & { gap: number; lastHit: number };
  private closed: ExcerptCandidate[] = [];
  private sequence = 0;

  constructor(options: ExcerptBuilderOptions = {}) {
    this.maxLines = options.maxLines ?? 16;
    this.minScore = options.minScore ?? 5;
    this.maxGap = options.maxGap ?? 2;
    this.keep = options.keep ?? 400;
  }

  /** True while an excerpt is open: the next lines must be shown to `observe` (they may continue it). */
  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** Feeds every line of the file in order (score 0 for lines that are not candidates). */
  observe(lineNumber: number, text: string, score: number, signal: string, stepIndex: number): void {
    const open = this.open;
    if (score >= this.minScore) {
      if (open && open.stepIndex === stepIndex && open.lines.length < this.maxLines) {
        this.append(open, lineNumber, text);
        this.hit(open, lineNumber, text, score, signal);
        return;
      }
      this.close();
      const started = {
        startLine: lineNumber,
        endLine: lineNumber,
        lines: [text],
        bestLine: lineNumber,
        bestText: text,
        bestScore: score,
        totalScore: 0,
        signals: [],
        stepIndex,
        hitTexts: [],
        sequence: this.sequence++,
        gap: 0,
        lastHit: lineNumber,
      };
      this.open = started;
      this.hit(started, lineNumber, text, score, signal, true);
      return;
    }
    if (!open) return;
    if (open.lines.length >= this.maxLines || open.stepIndex !== stepIndex) {
      this.close();
      return;
    }
    if (text.trim() !== '' && isContinuation(text)) {
      open.gap = 0;
      this.append(open, lineNumber, text);
      return;
    }
    if (++open.gap > this.maxGap) {
      this.close();
      return;
    }
    this.append(open, lineNumber, text);
  }

  private append(open: ExcerptCandidate, lineNumber: number, text: string): void {
    open.lines.push(text);
    open.endLine = lineNumber;
  }

  private hit(open: ExcerptCandidate & { gap: number; lastHit: number }, lineNumber: number, text: string, score: number, signal: string, first = false): void {
    open.gap = 0;
    open.lastHit = lineNumber;
    open.totalScore += Math.min(score, 10);
    if (open.hitTexts.length < 8) open.hitTexts.push(text);
    if (signal && !open.signals.includes(signal)) open.signals.push(signal);
    if (!first && score > open.bestScore) {
      open.bestScore = score;
      open.bestLine = lineNumber;
      open.bestText = text;
    }
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    // Trailing lines that neither score nor continue the error are context, not excerpt; but a
    // one-line error keeps the line after it, which usually says what the headline means.
    let end = open.lines.length;
    const keep = open.lastHit - open.startLine + 1 + (open.lastHit === open.startLine ? 1 : 0);
    const trailing = (line: string) => isContinuation(line) && !isNoise(line);
    while (end > keep && !trailing(open.lines[end - 1] ?? '')) end--;
    while (end > 1 && (open.lines[end - 1] ?? '').trim() === '') end--;
    const { gap: _gap, lastHit: _lastHit, ...candidate } = open;
    candidate.lines = open.lines.slice(0, end);
    candidate.endLine = open.startLine + end - 1;
    this.closed.push(candidate);
    if (this.closed.length >= this.keep * 2) this.prune();
  }

  /** Keeps the strongest half, and always the most recent excerpts (failures cluster at the end). */
  private prune(): void {
    const recent = this.closed.slice(-Math.floor(this.keep / 4));
    const rest = this.closed.slice(0, -recent.length);
    rest.sort((a, b) => b.bestScore - a.bestScore || b.totalScore - a.totalScore);
    const kept = rest.slice(0, this.keep - recent.length);
    this.closed = [...kept, ...recent].sort((a, b) => a.sequence - b.sequence);
  }

  /** All excerpts, in file order. Call after the last line. */
  finish(): ExcerptCandidate[] {
    this.close();
    return this.closed;
  }
}
