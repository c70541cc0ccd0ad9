import type { RedactionCounts, Redactor } from './redactor.js';

/**
 * A copy of a JSON value (an API object) with every string value redacted (built-in rules,
 * then the maintained rule set over all of them at once) and nothing else changed, so the
 * result is still valid JSON of the same shape.
 */
export async function redactJson(value: unknown, redactor: Redactor, counts: RedactionCounts): Promise<unknown> {
  const strings: string[] = [];
  mapStrings(value, (text) => {
    strings.push(text);
    return text;
  });
  const redacted = await redactor.redactStrings(strings, counts);
  let next = 0;
  return mapStrings(value, () => redacted[next++] as string);
}

/** A copy of `value` with each string (in a fixed order) replaced by `replace(string)`. */
function mapStrings(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, replace)]));
  }
  return value;
}
