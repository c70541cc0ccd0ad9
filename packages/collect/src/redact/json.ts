import type { RedactionCounts, Redactor } from './redactor.js';

/**
 * A copy of a JSON value (an API object) with every string redacted and nothing else changed,
 * so the result is still valid JSON of the same shape.
 */
export function redactJson(value: unknown, redactor: Redactor, counts: RedactionCounts): unknown {
  if (typeof value === 'string') return redactor.redactString(value, counts);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redactor, counts));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, redactor, counts)]));
  }
  return value;
}
