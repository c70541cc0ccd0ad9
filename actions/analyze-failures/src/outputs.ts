import { CATEGORIES, topFailure, type Category, type Report } from '@prodfix/core';
import { Output } from './constants.js';
import type { Settings } from './inputs.js';

const FIRST_CAUSE_CHARS = 500;

/** The class with the most failed jobs (ties go to the earlier class in the taxonomy). */
function topCategory(report: Report): Category | '' {
  let best: Category | '' = '';
  let bestCount = 0;
  for (const category of CATEGORIES) {
    const count = report.categories[category] ?? 0;
    if (count > bestCount) {
      best = category;
      bestCount = count;
    }
  }
  return best;
}

function firstCause(report: Report): string {
  for (const file of report.files) {
    if (file.status !== 'failed') continue;
    const failure = topFailure(file);
    if (!failure) continue;
    const line = failure.title.replace(/\s+/g, ' ').trim();
    return line.length > FIRST_CAUSE_CHARS ? `${line.slice(0, FIRST_CAUSE_CHARS - 1)}…` : line;
  }
  return '';
}

/** Every output of the action, as the strings the runner stores. */
export function outputsOf(report: Report, settings: Settings): Record<Output, string> {
  return {
    [Output.ReportPath]: settings.reportPath,
    [Output.FailedJobs]: String(report.files.filter((file) => file.status === 'failed').length),
    [Output.TopCategory]: topCategory(report),
    [Output.Categories]: JSON.stringify(report.categories),
    [Output.FirstCause]: firstCause(report),
    [Output.Intermittent]: JSON.stringify(report.intermittent),
    [Output.SummaryPath]: settings.summaryPath,
  };
}
