import { ConfigurationError } from '@prodfix/core';
import { AnchorScanner } from './anchors.js';
import { maintainedRuleSpans, WHOLE_URL_KINDS, type MaintainedRuleFinder } from './maintained-rules.js';
import { BUILT_IN_RULES, isPlaceholder, type RedactionRule } from './rules.js';

/** Redactions made, by kind (`github-token`, `assignment`, …). Never holds a value. */
export type RedactionCounts = Record<string, number>;

/** What to redact besides the built-in rules. */
export interface RedactorOptions {
  /** Regular expressions (JavaScript syntax) given by the user; a named group `secret` limits what is hidden. */
  patterns?: readonly string[];
  /** Exact values to hide wherever they appear (the token, the action's `secrets` input). */
  secrets?: readonly string[];
  /**
   * Also run the maintained rule set (secretlint's recommended preset) on files and API
   * objects: true (default) in this thread, or through a finder such as MaintainedRuleWorkers'.
   */
  maintainedRules?: boolean | MaintainedRuleFinder;
}

/** One stretch of text to hide, as offsets into the text that was searched. */
export interface RedactionSpan {
  start: number;
  end: number;
  kind: string;
}

/** A built-in rule or the secret values: tried only where the anchor scan says it may match. */
interface AnchoredRule {
  kind: string;
  /** Sticky (`y`): tried at one start at a time. */
  regex: RegExp;
}

/** A user pattern: searched over the whole text. */
interface SearchedRule {
  kind: string;
  /** Global (`g`). */
  regex: RegExp;
}

/** Secrets shorter than this would wreck ordinary text; they are refused with a ConfigurationError. */
export const MIN_SECRET_LENGTH = 4;

/** The text written in place of a secret; newlines inside the secret are kept so line numbers hold. */
export function redactionMarker(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/**
 * Finds secrets in text and replaces them. Text is latin1 (one character per byte): the
 * stream redactor feeds it raw bytes, `redactString` converts. Stateless once built; share it.
 *
 * The built-in rules and the exact secret values are found without decoding: one pass of an
 * anchor automaton over the bytes gives the few places where a rule may match, and each rule's
 * regular expression is tried (sticky) only there. Bytes with no anchor are never decoded
 * unless the user gave patterns, which are searched over the whole text as written.
 */
export class Redactor {
  private readonly builtIn: AnchoredRule[];
  private readonly scanner: AnchorScanner;
  private readonly secretRule: AnchoredRule | undefined;
  /** The secret values in every form searched for, as bytes. */
  private readonly secretForms: Buffer[];
  private readonly patterns: SearchedRule[];
  private readonly markers = new Map<string, Buffer>();
  private readonly findMaintained: MaintainedRuleFinder | undefined;

  constructor(options: RedactorOptions = {}) {
    const maintained = options.maintainedRules ?? true;
    this.findMaintained = maintained === true ? maintainedRuleSpans : maintained === false ? undefined : maintained;
    this.builtIn = BUILT_IN_RULES.map(compileRule);
    this.scanner = new AnchorScanner(BUILT_IN_RULES.map((rule) => ({ anchors: rule.anchors, anchorAt: rule.anchorAt ?? 0 })));
    this.patterns = (options.patterns ?? []).map(compileUserPattern);
    const forms = secretForms(options.secrets ?? []);
    this.secretForms = forms.map((form) => Buffer.from(form, 'latin1'));
    this.secretRule = forms.length > 0 ? { kind: 'secret-value', regex: new RegExp(forms.map(escapeRegExp).join('|'), 'y') } : undefined;
  }

  /** Spans to hide in `bytes` (latin1 text), sorted, non-overlapping (overlaps are merged into the longest contributor's kind). */
  findSpans(bytes: Buffer, latin1?: () => string): RedactionSpan[] {
    const candidates = this.scanner.scan(bytes);
    const secretStarts = this.secretStarts(bytes);
    if (!candidates && !secretStarts && this.patterns.length === 0) return [];
    const text = latin1 ? latin1() : bytes.toString('latin1');
    const found: RedactionSpan[] = [];
    this.builtIn.forEach((rule, index) => {
      const starts = candidates?.[index];
      if (starts) matchAt(text, rule, starts, found);
    });
    if (this.secretRule && secretStarts) matchAt(text, this.secretRule, secretStarts, found);
    for (const rule of this.patterns) {
      rule.regex.lastIndex = 0;
      for (const match of text.matchAll(rule.regex)) addSpan(text, match, rule.kind, found);
    }
    return mergeSpans(found);
  }

  /**
   * `findSpans` plus the maintained rule set's findings, merged: what a file's bytes are
   * redacted with. Asynchronous because secretlint is.
   */
  async findAllSpans(bytes: Buffer): Promise<RedactionSpan[]> {
    if (!this.findMaintained) return this.findSpans(bytes);
    const text = bytes.toString('latin1');
    const spans = this.findSpans(bytes, () => text);
    const more = (await this.findMaintained(text)).filter((span) => !isPlaceholder(text.slice(span.start, span.end)) && !passwordOnly(span, spans));
    return more.length === 0 ? spans : mergeSpans([...spans, ...more]);
  }

  /**
   * Redacts many strings (an API object's values) with the built-in rules, then with the
   * maintained rule set in one pass over all of them.
   */
  async redactStrings(strings: readonly string[], counts: RedactionCounts): Promise<string[]> {
    const redacted = strings.map((text) => this.redactString(text, counts));
    if (!this.findMaintained || redacted.length === 0) return redacted;
    const joined = redacted.join(STRING_SEPARATOR);
    const spans = (await this.findMaintained(joined)).filter((span) => {
      const found = joined.slice(span.start, span.end);
      return !isPlaceholder(found) && !(WHOLE_URL_KINDS.has(span.kind) && found.includes(BASIC_AUTH_MARKER));
    });
    if (spans.length === 0) return redacted;
    let base = 0;
    return redacted.map((text) => {
      const local = spans
        .filter((span) => span.start < base + text.length && span.end > base)
        .map((span) => ({ start: Math.max(0, span.start - base), end: Math.min(text.length, span.end - base), kind: span.kind }));
      base += text.length + STRING_SEPARATOR.length;
      return local.length === 0 ? text : replaceSpans(text, mergeSpans(local), counts);
    });
  }

  /** `bytes[from, to)` with `spans` (from findSpans over `bytes`) replaced, counting into `counts`. */
  apply(bytes: Buffer, spans: readonly RedactionSpan[], from: number, to: number, counts: RedactionCounts): Buffer {
    const parts: Buffer[] = [];
    let at = from;
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      const start = Math.max(span.start, from);
      const end = Math.min(span.end, to);
      parts.push(bytes.subarray(at, start), this.marker(span.kind), newlinesIn(bytes, start, end));
      counts[span.kind] = (counts[span.kind] ?? 0) + 1;
      at = end;
    }
    if (parts.length === 0) return bytes.subarray(from, to);
    parts.push(bytes.subarray(at, to));
    return Buffer.concat(parts);
  }

  /** Redacts a whole latin1 string at once. */
  redactLatin1(text: string, counts: RedactionCounts = {}): string {
    const bytes = Buffer.from(text, 'latin1');
    const spans = this.findSpans(bytes);
    return spans.length === 0 ? text : this.apply(bytes, spans, 0, bytes.length, counts).toString('latin1');
  }

  /** Redacts an ordinary (UTF-16) string, e.g. a value from a JSON object. */
  redactString(text: string, counts: RedactionCounts = {}): string {
    const bytes = Buffer.from(text, 'utf8');
    const spans = this.findSpans(bytes);
    return spans.length === 0 ? text : this.apply(bytes, spans, 0, bytes.length, counts).toString('utf8');
  }

  /** Every place a secret value (in any form) starts, ascending; undefined when none. */
  private secretStarts(bytes: Buffer): number[] | undefined {
    let starts: number[] | undefined;
    for (const form of this.secretForms) {
      for (let at = bytes.indexOf(form); at !== -1; at = bytes.indexOf(form, at + 1)) (starts ??= []).push(at);
    }
    return starts?.sort((a, b) => a - b);
  }

  private marker(kind: string): Buffer {
    let marker = this.markers.get(kind);
    if (!marker) this.markers.set(kind, (marker = Buffer.from(redactionMarker(kind), 'latin1')));
    return marker;
  }
}

/**
 * Tries a sticky rule at each candidate start (ascending), as a global search would go: a
 * match is only looked for at or after the end of the previous one.
 */
function matchAt(text: string, rule: AnchoredRule, starts: readonly number[], found: RedactionSpan[]): void {
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    rule.regex.lastIndex = start;
    const match = rule.regex.exec(text);
    if (!match) continue;
    next = start + Math.max(1, match[0].length);
    addSpan(text, match, rule.kind, found);
  }
}

/** Adds the span a match hides, unless it is empty or only a placeholder. */
function addSpan(text: string, match: RegExpMatchArray, kind: string, found: RedactionSpan[]): void {
  const span = secretSpan(match);
  if (span.end <= span.start) return;
  if (isPlaceholder(text.slice(span.start, span.end))) return;
  found.push({ ...span, kind });
}

const BASIC_AUTH_MARKER = redactionMarker('basic-auth-url');

/**
 * True for a secretlint finding of a whole URL whose password a built-in `basic-auth-url` span
 * already hides: that narrower span is kept, so the host and path stay readable. Any other
 * overlap keeps both (merged), so a built-in match that is too short cannot shadow a secret.
 */
function passwordOnly(span: RedactionSpan, own: readonly RedactionSpan[]): boolean {
  return WHOLE_URL_KINDS.has(span.kind) && own.some((o) => o.kind === 'basic-auth-url' && o.start >= span.start && o.end <= span.end);
}

/** Between strings searched together: a line break, so no rule reads one string into the next. */
const STRING_SEPARATOR = '\n\n';

/** `text` with sorted, non-overlapping `spans` replaced by markers (newlines kept), counted. */
function replaceSpans(text: string, spans: readonly RedactionSpan[], counts: RedactionCounts): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + redactionMarker(span.kind) + '\n'.repeat(text.slice(span.start, span.end).split('\n').length - 1);
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Adds `more` into `into`. */
export function addCounts(into: RedactionCounts, more: RedactionCounts): RedactionCounts {
  for (const [kind, n] of Object.entries(more)) into[kind] = (into[kind] ?? 0) + n;
  return into;
}

/** Total number of redactions in `counts`. */
export function totalRedactions(counts: RedactionCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function compileRule(rule: RedactionRule): AnchoredRule {
  return { kind: rule.kind, regex: new RegExp(rule.source, `yd${rule.flags ?? ''}`) };
}

function compileUserPattern(pattern: string): SearchedRule {
  try {
    const regex = new RegExp(pattern, 'gd');
    if (regex.test('')) throw new ConfigurationError(`redact pattern ${JSON.stringify(pattern)} matches empty text`);
    return { kind: 'custom', regex };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`redact pattern ${JSON.stringify(pattern)} is not a valid regular expression`);
  }
}

/** Every given value and its common encodings as latin1 text (UTF-8 bytes), longest first. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigurationError(`a secret to redact must be at least ${MIN_SECRET_LENGTH} characters long`);
    }
    const encoded = encodeURIComponent(secret);
    const variants = [
      secret,
      encoded,
      encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
      JSON.stringify(secret).slice(1, -1),
      Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    ];
    for (const form of variants) {
      if (form.length >= MIN_SECRET_LENGTH) forms.add(Buffer.from(form, 'utf8').toString('latin1'));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function secretSpan(match: RegExpMatchArray): { start: number; end: number } {
  // The value: `secret`, or the inside of a quoted value (`dq`, `sq`).
  const groups = match.indices?.groups;
  const group = groups?.['secret'] ?? groups?.['dq'] ?? groups?.['sq'];
  if (group) return { start: group[0], end: group[1] };
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

function mergeSpans(spans: RedactionSpan[]): RedactionSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RedactionSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end - span.start > last.end - last.start) last.kind = span.kind;
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

const NEWLINE = Buffer.from('\n');
const NO_BYTES = Buffer.alloc(0);

/** The newlines in bytes[start, end), kept in place of a secret so line numbers hold. */
function newlinesIn(bytes: Buffer, start: number, end: number): Buffer {
  let count = 0;
  for (let i = bytes.indexOf(10, start); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) count++;
  return count === 0 ? NO_BYTES : count === 1 ? NEWLINE : Buffer.alloc(count, 10);
}
