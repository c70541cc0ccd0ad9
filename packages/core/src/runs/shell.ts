import { quote } from 'shlex';

/**
 * Quotes untrusted text (a test name or path read from a log) as one POSIX shell word:
 * control characters and line breaks become spaces, then the word is single-quoted unless it
 * is made only of safe characters. `x"; rm -rf / #` becomes `'x"; rm -rf / #'`.
 */
export function shellWord(text: string): string {
  return quote(text.replace(/[\u0000-\u001f\u007f]+/g, ' '));
}

/** A command line from words, each quoted with {@link shellWord}. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}

/** Escapes the characters that are special in a regular expression, for tools that take a name pattern (`jest -t`, `go test -run`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
