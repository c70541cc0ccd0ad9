/** The recurring-patterns table. */
import type { RootContent } from 'mdast';
import type { Report } from '../model.js';
import type { RenderPlan } from './plan.js';
import { heading, leftOut, table, text } from './nodes.js';
import { codeSpan } from './untrusted.js';

/** Error lines that recur across the inputs, most frequent first, with where they appear. */
export function patternsSection(report: Report, plan: RenderPlan): RootContent[] {
  if (report.patterns.length === 0 || plan.patterns === 0) return [];
  const shown = [...report.patterns].sort((a, b) => b.count - a.count).slice(0, plan.patterns);
  const rows = shown.map((pattern) => {
    const first = pattern.files[0];
    const where = first ? `${first.path}:${first.line}` : '';
    const files = pattern.fileCount > 1 ? ` (+${pattern.fileCount - 1} files)` : '';
    return [
      text(String(pattern.count)),
      codeSpan(pattern.template, 200),
      text(pattern.category),
      [codeSpan(where, 150), text(files)],
      text(pattern.runCount > 0 ? String(pattern.runCount) : ''),
    ];
  });
  return [
    heading(2, 'Recurring patterns'),
    table(['Count', 'Pattern', 'Class', 'First seen', 'Runs'], rows, ['right', null, null, null, 'right']),
    ...leftOut(report.patterns.length - shown.length, 'patterns were'),
  ];
}
