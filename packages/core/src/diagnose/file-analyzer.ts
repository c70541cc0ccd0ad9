import type { EvidenceLine, Failure, FileReport, JobStatus, LogFormat, StepInfo } from '../report/model.js';
import { stripAnsi } from '../input/ansi.js';
import { scanByteLines } from '../input/byte-lines.js';
import { detectFormat, hourOf } from '../input/format.js';
import type { ByteChunks, LogSource } from '../input/source.js';
import { JobStructure } from '../structure/job-structure.js';
import { classify } from './classify.js';
import { ExcerptBuilder, type ExcerptCandidate } from './excerpt-builder.js';
import { FailedTestCollector } from './failed-tests.js';
import { CANDIDATE_AUTOMATON, looksLikeDiagnostic, scoreLine, TEST_FAILURE_SIGNALS } from './line-signatures.js';
import { findLocation } from './location.js';
import { comparisonKey } from './normalize.js';

/** Lines of passing logs of the same jobs, by comparison key: such lines are not causes. */
export type BaselineIndex = ReadonlySet<string>;

/** Receives every error-ish line of the file (for recurring patterns and the hour histogram). */
export interface ErrorLineSink {
  (line: { text: string; path: string; line: number; hour?: number; runId?: number; key: string }): void;
}

export interface FileAnalysisOptions {
  baseline?: BaselineIndex;
  onErrorLine?: ErrorLineSink;
  maxFailures?: number;
  maxLineChars?: number;
  /** Called with the byte count read so far, now and then. */
  onBytes?: (bytes: number) => void;
}

const FORMAT_SAMPLE_LINES = 30;
const EXCERPT_LINE_CHARS = 400;
const TITLE_CHARS = 200;
const PATTERN_MIN_SCORE = 6;
const REPEAT_KEYS_CAP = 50_000;
const HASH = 35; // '#'
const DOLLAR = 36; // '$'

/** Reads one log as a stream and explains it: outcome, steps, ranked excerpts, tests, class. */
export async function analyzeLog(source: LogSource, options: FileAnalysisOptions = {}): Promise<FileReport> {
  const maxFailures = options.maxFailures ?? 5;
  const sample: { bytes: Buffer; matched: boolean }[] = [];
  let format: LogFormat = 'plain';
  let structure = new JobStructure(format);
  const excerpts = new ExcerptBuilder();
  const tests = new FailedTestCollector();
  const repeats = new Map<string, number>();
  const tail = new TailLines(8);
  const stepColumn = new StepColumn();
  let beforeExit: EvidenceLine[] | undefined;
  let strongErrors = 0;

  /** Handles one line; only lines that can matter are decoded. */
  const visit = (bytes: Buffer, start: number, end: number, lineNumber: number, keyword: boolean): void => {
    let content = start;
    if (format === 'github-raw') content = rawContentStart(bytes, start, end);
    else if (format === 'github-cli') {
      content = stepColumn.contentStart(bytes, start, end);
      if (stepColumn.changed) structure.enterStep(stepColumn.name, lineNumber);
    }
    const first = content < end ? firstVisibleByte(bytes, content, end) : -1;
    const matched = keyword || (first !== -1 && looksLikeDiagnostic(bytes, content, end));
    if (!(matched || first === HASH || first === DOLLAR || excerpts.isOpen || tests.inBlock || structure.inStepHeader)) {
      if (content < end) tail.push(bytes, content, end, lineNumber);
      return;
    }
    const text = stripAnsi(bytes.toString('utf8', content, end));
    const failedBefore = structure.failedStepCount;
    const where = structure.observe(text, lineNumber);
    if (structure.failedStepCount > failedBefore && !beforeExit) beforeExit = tail.lines();
    else if (!text.startsWith('##[') && content < end) tail.push(bytes, content, end, lineNumber);
    if (where.isScript) {
      excerpts.observe(lineNumber, text, 0, '', where.stepIndex);
      return;
    }
    if (matched || tests.inBlock) tests.observe(text);
    const { score, signal } = matched ? scoreLine(text, true) : NO_SCORE;
    excerpts.observe(lineNumber, text, score, signal, where.stepIndex);
    if (score >= PATTERN_MIN_SCORE) {
      strongErrors++;
      const key = comparisonKey(text);
      if (repeats.size < REPEAT_KEYS_CAP || repeats.has(key)) repeats.set(key, (repeats.get(key) ?? 0) + 1);
      options.onErrorLine?.({
        text,
        key,
        path: source.path,
        line: lineNumber,
        hour: hourOf(content > start ? bytes.toString('latin1', start, content) : undefined, text),
        runId: source.context?.runId,
      });
    }
  };

  let started = false;
  const startReading = (): void => {
    if (started) return;
    started = true;
    format = detectFormat(sample.map((line) => line.bytes.toString('utf8')));
    structure = new JobStructure(format);
    sample.forEach((line, index) => visit(line.bytes, 0, line.bytes.length, index + 1, line.matched));
    sample.length = 0;
  };
  const onLine = (bytes: Buffer, start: number, end: number, lineNumber: number, matched: boolean): void => {
    if (!started) {
      sample.push({ bytes: Buffer.from(bytes.subarray(start, end)), matched });
      if (sample.length === FORMAT_SAMPLE_LINES) startReading();
      return;
    }
    visit(bytes, start, end, lineNumber, matched);
  };

  const chunks = await source.open();
  const read = await scanByteLines(countBytes(chunks, options.onBytes), onLine, {
    automaton: CANDIDATE_AUTOMATON,
    maxLineBytes: options.maxLineChars,
  });
  startReading();
  structure.setLastLine(read.lines);
  structure.finish();

  const notes: string[] = [];
  if (read.bytes === 0) notes.push('empty file');
  if (read.truncatedLines > 0) notes.push(`${read.truncatedLines} line(s) longer than the cap were cut`);
  if (read.encoding !== 'utf-8') notes.push(`decoded as ${read.encoding}`);

  const candidates = excerpts.finish();
  let outcome: { status: JobStatus; reason: string } = read.bytes === 0
    ? { status: 'unknown', reason: 'empty file' }
    : structure.outcome(strongErrors > 0);
  outcome = withApiConclusion(outcome, source.context?.jobConclusion);
  const unmarked = outcome.status === 'passed' ? unmarkedFailure(candidates, structure) : undefined;
  if (unmarked) {
    outcome = {
      status: 'failed',
      reason: `no exit marker, but the last step ends with an error (line ${unmarked.bestLine}); a container action's failure can leave no marker`,
    };
  }
  const steps = structure.steps;
  const failedTests = tests.tests();
  let failures: Failure[] = [];
  if (outcome.status !== 'passed' && read.bytes > 0) {
    const ranked = rankCandidates(candidates, steps, repeats, options.baseline);
    failures = ranked.slice(0, maxFailures).map((candidate, index) => toFailure(candidate, index + 1, steps, failedTests));
    const runnerProblem = structure.runnerProblem();
    if (runnerProblem && (failures.length === 0 || outcome.status === 'cancelled')) {
      failures.unshift(fallbackFailure([{ line: runnerProblem.line, text: runnerProblem.text }], steps, 'runner-problem'));
    }
    if (failures.length === 0 && outcome.status === 'failed') {
      const lines = beforeExit ?? tail.lines();
      if (lines.length > 0) failures.push(fallbackFailure(lines, steps, 'last-lines-before-exit'));
    }
    failures = failures.slice(0, maxFailures).map((failure, index) => ({ ...failure, rank: index + 1 }));
  }
  const failedStep = steps.find((step) => step.failed);
  const top = failures[0];
  // The job's class is its first cause's class (with the exit code as extra evidence), so the
  // verdict, the job header and the first excerpt never disagree.
  const classification = top
    ? classify(
        { line: top.errorLine, text: top.title },
        top.lines.map((text, i) => ({ line: top.startLine + i, text })),
        failedStep?.exitCode,
        top.category === 'test-assertion',
      )
    : undefined;
  if (top && classification) failures[0] = { ...top, category: classification.category, confidence: classification.confidence };

  return {
    path: source.path,
    format,
    status: outcome.status,
    statusReason: outcome.reason,
    lines: read.lines,
    bytes: read.bytes,
    steps,
    failures,
    failedTests,
    ...(classification ? { classification } : {}),
    ...(source.context ? { context: source.context } : {}),
    notes,
  };
}

const NO_SCORE = { score: 0, signal: '' };

/**
 * The job's API object (stored beside the log by a collector) knows how the job ended even when
 * its log does not say (a step killed without a marker, a log cut short): it wins over a log
 * that looks passed or unknown.
 */
function withApiConclusion(outcome: { status: JobStatus; reason: string }, conclusion: string | undefined): { status: JobStatus; reason: string } {
  if (conclusion === 'failure' && outcome.status !== 'failed') {
    return { status: 'failed', reason: `the job's API object says it failed (the log alone: ${outcome.reason})` };
  }
  if (conclusion === 'cancelled' && (outcome.status === 'passed' || outcome.status === 'unknown')) {
    return { status: 'cancelled', reason: `the job's API object says it was cancelled (the log alone: ${outcome.reason})` };
  }
  return outcome;
}
/** How close to the end of the job's own steps a strong error must be to count as its end. */
const UNMARKED_FAILURE_WINDOW = 25;

/**
 * A job log with no `##[error]` line at all whose last step still ends on a strong error line,
 * just before `Post job cleanup.`: the step failed without the runner writing its marker.
 */
function unmarkedFailure(candidates: readonly ExcerptCandidate[], structure: JobStructure): ExcerptCandidate | undefined {
  const end = structure.postJobLine;
  if (end === undefined || !structure.hasNoErrorMarkers) return undefined;
  return candidates.find((c) => c.bestScore >= 8 && c.endLine < end && end - c.endLine <= UNMARKED_FAILURE_WINDOW);
}

/**
 * Comparison keys of the lines of a (passing) log that could be scored, for `BaselineIndex`.
 * Stops adding at `cap` keys.
 */
export async function collectBaselineKeys(source: LogSource, keys: Set<string>, cap: number): Promise<void> {
  const sample: Buffer[] = [];
  let format: LogFormat | undefined;
  const stepColumn = new StepColumn();
  const take = (bytes: Buffer, start: number, end: number): void => {
    const content = format === 'github-raw' ? rawContentStart(bytes, start, end)
      : format === 'github-cli' ? stepColumn.contentStart(bytes, start, end) : start;
    const text = stripAnsi(bytes.toString('utf8', content, end));
    if (keys.size < cap && scoreLine(text).score > 0) keys.add(comparisonKey(text));
  };
  await scanByteLines(await source.open(), (bytes, start, end, _lineNumber, matched) => {
    if (format === undefined) {
      sample.push(Buffer.from(bytes.subarray(start, end)));
      if (sample.length < FORMAT_SAMPLE_LINES) return;
      format = detectFormat(sample.map((line) => line.toString('utf8')));
      for (const line of sample) take(line, 0, line.length);
      return;
    }
    if (matched) take(bytes, start, end);
  }, { automaton: CANDIDATE_AUTOMATON });
  if (format === undefined) {
    format = detectFormat(sample.map((line) => line.toString('utf8')));
    for (const line of sample) take(line, 0, line.length);
  }
}

/**
 * Where the text starts in a raw job-log line: after `2024-05-06T09:50:14.1206542Z ` (and a BOM
 * on the first line); the line start when it has no such prefix.
 */
function rawContentStart(bytes: Buffer, start: number, end: number): number {
  let at = start;
  if (bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf) at += 3;
  if (end - at < 20 || bytes[at + 4] !== 45 /* - */ || bytes[at + 10] !== 84 /* T */) return start;
  // The runner always writes seven fraction digits: `Z` at offset 27.
  if (bytes[at + 27] === 90) return bytes[at + 28] === 32 && at + 28 < end ? at + 29 : at + 28;
  const limit = Math.min(end, at + 36);
  for (let i = at + 19; i < limit; i++) {
    if (bytes[i] === 90 /* Z */) return bytes[i + 1] === 32 && i + 1 < end ? i + 2 : i + 1;
  }
  return start;
}

/** The first byte of a line that is not part of a terminal escape sequence (`ESC [ … letter`, `ESC ( B`). */
function firstVisibleByte(bytes: Buffer, start: number, end: number): number {
  let at = start;
  while (at < end && bytes[at] === 27) {
    const kind = bytes[at + 1];
    if (kind === 91 /* [ */) {
      at += 2;
      while (at < end && (bytes[at]! < 64 || bytes[at]! > 126)) at++;
      at++;
    } else at += kind === 40 || kind === 41 ? 3 : 2;
  }
  return at < end ? bytes[at]! : -1;
}

/** Follows the step column of `gh run view --log` lines (`job<TAB>step<TAB>timestamp text`). */
class StepColumn {
  name = '';
  changed = false;
  private previous = Buffer.alloc(0);

  contentStart(bytes: Buffer, start: number, end: number): number {
    this.changed = false;
    const firstTab = bytes.indexOf(9, start);
    if (firstTab === -1 || firstTab >= end) return start;
    const secondTab = bytes.indexOf(9, firstTab + 1);
    if (secondTab === -1 || secondTab >= end) return start;
    const step = bytes.subarray(firstTab + 1, secondTab);
    if (!step.equals(this.previous)) {
      this.previous = Buffer.from(step);
      this.name = step.toString('utf8');
      this.changed = true;
    }
    return rawContentStart(bytes, secondTab + 1, end);
  }
}

/** The last few non-blank lines, kept as byte ranges and decoded only when asked for. */
class TailLines {
  private readonly buffers: (Buffer | undefined)[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly numbers: Float64Array;
  private next = 0;
  private count = 0;

  constructor(private readonly size: number) {
    this.buffers = new Array<Buffer | undefined>(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.numbers = new Float64Array(size);
  }

  push(bytes: Buffer, start: number, end: number, lineNumber: number): void {
    this.buffers[this.next] = bytes;
    this.starts[this.next] = start;
    this.ends[this.next] = end;
    this.numbers[this.next] = lineNumber;
    this.next = (this.next + 1) % this.size;
    if (this.count < this.size) this.count++;
  }

  lines(): EvidenceLine[] {
    const lines: EvidenceLine[] = [];
    for (let k = this.count; k > 0; k--) {
      const i = (this.next - k + this.size) % this.size;
      const text = stripAnsi(this.buffers[i]!.toString('utf8', this.starts[i], this.ends[i])).trimEnd();
      if (text.trim() !== '') lines.push({ line: this.numbers[i]!, text });
    }
    return lines;
  }
}

async function* countBytes(chunks: ByteChunks, onBytes?: (bytes: number) => void): AsyncIterable<Buffer | Uint8Array> {
  let bytes = 0;
  let reported = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (onBytes && bytes - reported >= 8 * 1024 * 1024) {
      onBytes(bytes - reported);
      reported = bytes;
    }
    yield chunk;
  }
  if (onBytes && bytes > reported) onBytes(bytes - reported);
}

interface Ranked extends ExcerptCandidate {
  rankScore: number;
}

/**
 * Orders excerpts by how well they explain the failure: the strength of their best line,
 * whether they sit in the step that exited non-zero, whether passing logs show the same lines
 * (then they are not causes), and whether the line repeats all over the file (noise).
 */
function rankCandidates(
  candidates: ExcerptCandidate[],
  steps: readonly StepInfo[],
  repeats: ReadonlyMap<string, number>,
  baseline: BaselineIndex | undefined,
): Ranked[] {
  const failedSteps = new Set(steps.flatMap((step, index) => (step.failed ? [index] : [])));
  const lastLine = candidates.reduce((max, c) => Math.max(max, c.endLine), 1);
  const ranked = candidates.map((candidate): Ranked => {
    let rankScore = candidate.bestScore + Math.min(candidate.totalScore, 40) / 20;
    if (failedSteps.size > 0) {
      if (failedSteps.has(candidate.stepIndex)) rankScore += 5;
      else rankScore -= 6; // a step that passed, or set-up before the first step
    }
    if (baseline && baseline.size > 0) {
      const known = candidate.hitTexts.filter((text) => baseline.has(comparisonKey(text))).length;
      rankScore -= 8 * (known / Math.max(1, candidate.hitTexts.length));
    }
    const repeatCount = repeats.get(comparisonKey(candidate.bestText)) ?? 1;
    if (repeatCount > 20) rankScore -= 4;
    else if (repeatCount > 3) rankScore -= 2;
    // Inside the step that failed, the first error usually caused the rest; elsewhere later
    // lines explain a failure more often than early ones (set-up noise).
    const step = steps[candidate.stepIndex];
    if (step?.failed) rankScore += 1 - (candidate.startLine - step.startLine) / Math.max(1, step.endLine - step.startLine);
    else rankScore += candidate.endLine / lastLine;
    return { ...candidate, rankScore };
  });
  ranked.sort((a, b) => b.rankScore - a.rankScore || a.sequence - b.sequence);
  // One excerpt per distinct message.
  const seen = new Set<string>();
  return ranked.filter((candidate) => {
    const key = comparisonKey(cleanTitle(candidate.bestText));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toFailure(candidate: Ranked, rank: number, steps: readonly StepInfo[], fileTests: readonly string[]): Failure {
  const lines = candidate.lines.map((line) => cap(line, EXCERPT_LINE_CHARS));
  const evidence = lines.map((text, i) => ({ line: candidate.startLine + i, text }));
  const testFailed = candidate.signals.some((signal) => TEST_FAILURE_SIGNALS.has(signal));
  const classification = classify({ line: candidate.bestLine, text: candidate.bestText }, evidence, undefined, testFailed);
  const step = steps[candidate.stepIndex];
  const tests = testsNamedIn(candidate.lines, fileTests);
  const location = findLocation(candidate.bestText) ?? firstLocation(candidate.lines);
  return {
    rank,
    startLine: candidate.startLine,
    endLine: candidate.endLine,
    lines,
    errorLine: candidate.bestLine,
    title: cleanTitle(candidate.bestText),
    category: classification.category,
    confidence: classification.confidence,
    tests,
    ...(step ? { step: step.name } : {}),
    ...(location ? { location } : {}),
    signals: candidate.signals,
  };
}

function fallbackFailure(lines: EvidenceLine[], steps: readonly StepInfo[], signal: string): Failure {
  const first = lines[0] ?? { line: 1, text: '' };
  const last = lines[lines.length - 1] ?? first;
  const classification = classify(last, lines);
  const step = steps.find((s) => s.startLine <= first.line && first.line <= s.endLine);
  // The excerpt must be a contiguous range of the raw file: keep the last contiguous run.
  let start = lines.length - 1;
  while (start > 0 && (lines[start - 1]?.line ?? 0) >= (lines[start]?.line ?? 0) - 3) start--;
  const run = lines.slice(start);
  const startLine = run[0]?.line ?? first.line;
  return {
    rank: 1,
    startLine,
    endLine: last.line,
    lines: run.map((l) => cap(l.text, EXCERPT_LINE_CHARS)),
    errorLine: last.line,
    title: cleanTitle(last.text),
    category: classification.category,
    confidence: Math.min(classification.confidence, 0.4),
    tests: [],
    ...(step ? { step: step.name } : {}),
    signals: [signal],
  };
}

function testsNamedIn(lines: readonly string[], fileTests: readonly string[]): string[] {
  if (fileTests.length === 0) return [];
  const collector = new FailedTestCollector(20);
  for (const line of lines) collector.observe(line);
  const named = collector.tests();
  if (named.length > 0) return named;
  return fileTests.filter((test) => {
    const leaf = test.split(/[.›>:]/).pop()?.trim();
    return leaf && leaf.length > 3 && lines.some((line) => line.includes(leaf));
  }).slice(0, 10);
}

function firstLocation(lines: readonly string[]) {
  for (const line of lines) {
    const location = findLocation(line);
    if (location) return location;
  }
  return undefined;
}

function cleanTitle(text: string): string {
  return cap(text.replace(/^##\[(?:error|warning)\]/, '').trim(), TITLE_CHARS);
}

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
