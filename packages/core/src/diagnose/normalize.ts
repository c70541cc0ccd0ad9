/**
 * A comparison key for a log line: the same message with other numbers, ids, hashes or
 * durations gives the same key. Used to match a line against passing logs and to count
 * repeats; cheap enough for every candidate line.
 */
const VARIABLE = /0x[0-9a-f]+|\b[0-9a-f]{7,}\b|\d+(?:\.\d+)?/gi;

export function comparisonKey(text: string): string {
  const trimmed = text.length > 300 ? text.slice(0, 300) : text;
  return trimmed.replace(VARIABLE, '#').replace(/\s+/g, ' ').trim();
}
