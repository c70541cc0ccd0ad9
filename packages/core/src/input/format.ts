import type { LogFormat } from '../report/model.js';

/**
 * Recognises how each line of a log is prefixed (the analysis splits the prefix off on bytes).
 * - `github-raw`: `2024-05-06T09:50:14.1206542Z text`
 * - `github-cli`: `job<TAB>step<TAB>2024-05-06T09:50:14.1206542Z text` (`gh run view --log`)
 * - `plain`: anything else; a leading ISO timestamp is still recognised for the hour histogram.
 */

const RAW_PREFIX = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const CLI_PREFIX = /^([^\t]*)\t([^\t]*)\t\uFEFF?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) ?/;

/** Decides the format from the first lines of a file (a few dozen suffice). */
export function detectFormat(firstLines: readonly string[]): LogFormat {
  let raw = 0;
  let cli = 0;
  let seen = 0;
  for (const line of firstLines) {
    if (line.trim() === '') continue;
    seen++;
    if (CLI_PREFIX.test(line)) cli++;
    else if (RAW_PREFIX.test(line)) raw++;
  }
  if (seen === 0) return 'plain';
  if (cli / seen >= 0.5) return 'github-cli';
  if (raw / seen >= 0.5) return 'github-raw';
  return 'plain';
}

const ANY_TIMESTAMP = /(\d{4}-\d\d-\d\d)[T ](\d\d):\d\d:\d\d/;

/** Hour of day (0..23, UTC when the stamp says Z) from a timestamp anywhere near the line start. */
export function hourOf(timestamp: string | undefined, text: string): number | undefined {
  const source = timestamp ?? text.slice(0, 64);
  const m = ANY_TIMESTAMP.exec(source);
  if (!m) return undefined;
  const hour = Number(m[2]);
  return hour >= 0 && hour < 24 ? hour : undefined;
}
