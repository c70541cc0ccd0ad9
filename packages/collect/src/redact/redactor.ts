import { ConfigurationError } from '@prodfix/core';
import { BUILT_IN_RULES, isPlaceholder, type RedactionRule } from './rules.js';

/** Redactions made, by kind (`github-token`, `assignment`, …). Never holds a value. */
export type RedactionCounts = Record<string, number>;

/** What to redact besides the built-in rules. */
export interface RedactorOptions {
  /** Regular expressions (JavaScript syntax) given by the user; a named group `secret` limits what is hidden. */
  patterns?: readonly string[];
  /** Exact values to hide wherever they appear (the token, the action's `secrets` input). */
  secrets?: readonly string[];
}

/** One stretch of text to hide, as offsets into the text that was searched. */
export interface RedactionSpan {
  start: number;
  end: number;
  kind: string;
}

interface CompiledRule {
  kind: string;
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
 */
export class Redactor {
  private readonly rules: CompiledRule[];

  constructor(options: RedactorOptions = {}) {
    this.rules = [
      ...BUILT_IN_RULES.map(compileRule),
      ...(options.patterns ?? []).map(compileUserPattern),
    ];
    const secretRule = compileSecrets(options.secrets ?? []);
    if (secretRule) this.rules.push(secretRule);
  }

  /** Spans to hide in `text`, sorted, non-overlapping (overlaps are merged into the longest contributor's kind). */
  findSpans(text: string): RedactionSpan[] {
    const found: RedactionSpan[] = [];
    for (const rule of this.rules) {
      rule.regex.lastIndex = 0;
      for (const match of text.matchAll(rule.regex)) {
        const span = secretSpan(match);
        if (span.end <= span.start) continue;
        if (isPlaceholder(text.slice(span.start, span.end))) continue;
        found.push({ ...span, kind: rule.kind });
      }
    }
    return mergeSpans(found);
  }

  /** Replaces `spans` (from findSpans over `text`) in `text[from, to)`, counting into `counts`. */
  apply(text: string, spans: readonly RedactionSpan[], from: number, to: number, counts: RedactionCounts): string {
    let out = '';
    let at = from;
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      const start = Math.max(span.start, from);
      const end = Math.min(span.end, to);
      out += text.slice(at, start) + redactionMarker(span.kind) + newlinesIn(text, start, end);
      counts[span.kind] = (counts[span.kind] ?? 0) + 1;
      at = end;
    }
    return out + text.slice(at, to);
  }

  /** Redacts a whole latin1 string at once. */
  redactLatin1(text: string, counts: RedactionCounts = {}): string {
    return this.apply(text, this.findSpans(text), 0, text.length, counts);
  }

  /** Redacts an ordinary (UTF-16) string, e.g. a value from a JSON object. */
  redactString(text: string, counts: RedactionCounts = {}): string {
    const latin1 = Buffer.from(text, 'utf8').toString('latin1');
    const redacted = this.redactLatin1(latin1, counts);
    return redacted === latin1 ? text : Buffer.from(redacted, 'latin1').toString('utf8');
  }
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

function compileRule(rule: RedactionRule): CompiledRule {
  return { kind: rule.kind, regex: new RegExp(rule.source, `gd${rule.flags ?? ''}`) };
}

function compileUserPattern(pattern: string): CompiledRule {
  try {
    const regex = new RegExp(pattern, 'gd');
    if (regex.test('')) throw new ConfigurationError(`redact pattern ${JSON.stringify(pattern)} matches empty text`);
    return { kind: 'custom', regex };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`redact pattern ${JSON.stringify(pattern)} is not a valid regular expression`);
  }
}

/** One alternation of every given value and its common encodings, longest first. */
function compileSecrets(secrets: readonly string[]): CompiledRule | undefined {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigurationError(`a secret to redact must be at least ${MIN_SECRET_LENGTH} characters long`);
    }
    for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64').replace(/=+$/, '')]) {
      if (form.length >= MIN_SECRET_LENGTH) forms.add(Buffer.from(form, 'utf8').toString('latin1'));
    }
  }
  if (forms.size === 0) return undefined;
  const alternation = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return { kind: 'secret-value', regex: new RegExp(alternation, 'g') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function secretSpan(match: RegExpMatchArray): { start: number; end: number } {
  const group = match.indices?.groups?.['secret'];
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

function newlinesIn(text: string, start: number, end: number): string {
  let newlines = '';
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) newlines += '\n';
  return newlines;
}
