/**
 * `fail-on`: which failure classes make the step (or the CLI) fail. Shared by the actions and
 * the CLI so both accept the same words and say the same thing about a wrong one.
 */
import type { FailOnSelector } from '../analyze-options.js';
import { ConfigurationError } from '../errors.js';
import { jobCategory } from './job-category.js';
import { CATEGORIES, type FileReport, type Report } from './model.js';

/** Every word `fail-on` accepts, in the order the error message lists them. */
export const FAIL_ON_VALUES: readonly string[] = ['none', 'any', ...CATEGORIES];

/**
 * Parses a `fail-on` value: `none` (or empty), `any`, or categories, separated by commas,
 * spaces or newlines, case-insensitive. An unknown word is a ConfigurationError naming it and
 * listing the allowed values; `label` says which option it was (`fail-on`, `--fail-on`).
 */
export function parseFailOn(value: string, label = 'fail-on'): FailOnSelector[] {
  const words = value.split(/[\s,]+/).map((word) => word.trim().toLowerCase()).filter(Boolean);
  const unknown = words.filter((word) => !FAIL_ON_VALUES.includes(word));
  if (unknown.length > 0) {
    const named = unknown.map((word) => `"${word}"`).join(', ');
    throw new ConfigurationError(`${label}: unknown value ${named}; allowed values: ${FAIL_ON_VALUES.join(', ')}`);
  }
  if (words.includes('none')) {
    if (words.length > 1) throw new ConfigurationError(`${label}: "none" can't be combined with other values`);
    return [];
  }
  return [...new Set(words as FailOnSelector[])];
}

/** The failed jobs that `selectors` name (every failed job for `any`; none for an empty list). */
export function matchFailOn(report: Report, selectors: readonly FailOnSelector[]): FileReport[] {
  if (selectors.length === 0) return [];
  const any = selectors.includes('any');
  return report.files.filter((file) => file.status === 'failed' && (any || selectors.includes(jobCategory(file))));
}
