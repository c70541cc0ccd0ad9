import type { Failure } from '@prodfix/core';
import { terminalSafe } from './sanitize.js';
import type { Style } from './style.js';

/** Longest excerpt line shown, in characters (the JSON report keeps more). */
const MAX_LINE_CHARS = 240;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * An excerpt as numbered lines: `  123 │ text`, the error line marked with `>` and
 * highlighted. Every line is sanitised: it comes from the log.
 */
export function renderExcerpt(failure: Failure, style: Style, indent: string): string[] {
  const lastLine = failure.startLine + Math.max(failure.lines.length - 1, 0);
  const width = String(lastLine).length;
  return failure.lines.map((raw, index) => {
    const lineNumber = failure.startLine + index;
    const text = clip(terminalSafe(raw), MAX_LINE_CHARS);
    const number = String(lineNumber).padStart(width);
    if (lineNumber === failure.errorLine) {
      return `${indent}${style.red('>')} ${style.bold(number)} │ ${style.red(style.bold(text))}`;
    }
    return `${indent}  ${style.dim(`${number} │`)} ${text}`;
  });
}
