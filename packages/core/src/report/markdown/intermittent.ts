/** The intermittent-failures table. */
import type { RootContent } from 'mdast';
import type { IntermittentFailure, Report } from '../model.js';
import type { RenderPlan } from './plan.js';
import { heading, leftOut, table, text } from './nodes.js';
import { codeSpan, prose } from './untrusted.js';

const REASONS: Record<IntermittentFailure['reason'], string> = {
  'failed-and-passed-on-same-commit': 'failed and passed on the same commit',
  'passed-on-rerun': 'passed on re-run',
  'alternating-signature': 'failure signature alternates',
  'known-flaky-signature': 'known flaky signature',
};

/** Jobs whose failures look intermittent across runs, and why. */
export function intermittentSection(report: Report, plan: RenderPlan): RootContent[] {
  if (report.intermittent.length === 0 || plan.intermittent === 0) return [];
  const shown = report.intermittent.slice(0, plan.intermittent);
  const rows = shown.map((flag) => [
    codeSpan(flag.workflow ? `${flag.workflow} / ${flag.job}` : flag.job, 200),
    text(REASONS[flag.reason]),
    prose(flag.detail, 300),
    codeSpan(flag.headSha ? flag.headSha.slice(0, 12) : '', 12),
    text(flag.runs.join(', ')),
  ]);
  return [
    heading(2, 'Intermittent failures'),
    table(['Job', 'Why', 'Detail', 'Commit', 'Runs'], rows),
    ...leftOut(report.intermittent.length - shown.length, 'intermittent failures were'),
  ];
}
