import type { Manifest } from '@prodfix/collect';

/** One row of a summary table, as `core.summary.addTable` takes it. */
export type SummaryTableRow = (string | { data: string; header?: boolean })[];

/** Rows and headings for the job summary, as `core.summary` builders take them. */
export interface JobSummary {
  heading: string;
  totals: string;
  files: SummaryTableRow[];
  redactions: SummaryTableRow[];
  next: string;
}

/** The job summary: runs and jobs collected (links, conclusion, size or why missing), redactions per kind, next step. */
export function jobSummary(manifest: Manifest, dir: string): JobSummary {
  const runsById = new Map(manifest.runs.map((run) => [`${run.id}-${run.attempt}-${run.baseline}`, run]));
  const files: SummaryTableRow[] = [
    [
      { data: 'Run', header: true },
      { data: 'Job', header: true },
      { data: 'Conclusion', header: true },
      { data: 'Log', header: true },
    ],
  ];
  for (const file of manifest.files) {
    if (file.role !== 'job-log') continue;
    const run = runsById.get(`${file.runId}-${file.attempt}-${file.baseline ?? false}`);
    const runCell = run ? `<a href="${escapeHtml(run.htmlUrl)}">${run.id} #${run.attempt}</a>${run.baseline ? ' (baseline)' : ''}` : String(file.runId);
    const log = file.status === 'ok' ? `${file.size} bytes` : `missing: ${file.problem?.reason} (${escapeHtml(file.problem?.message ?? '')})`;
    files.push([runCell, escapeHtml(file.jobName ?? ''), escapeHtml(file.conclusion ?? ''), log]);
  }
  const redactions: SummaryTableRow[] = [
    [
      { data: 'Kind', header: true },
      { data: 'Redactions', header: true },
    ],
    ...Object.entries(manifest.redactions).map(([kind, count]) => [kind, String(count)]),
  ];
  const { totals } = manifest;
  return {
    heading: `collect-logs: ${manifest.repository}`,
    totals: `${totals.runs} run attempt(s), ${totals.jobs} job log(s), ${totals.bytes} bytes, ${totals.missing} missing, ${totals.redactions} redaction(s).`,
    files,
    redactions,
    next: `Next: run analyze-failures with <code>path: ${escapeHtml(dir)}</code> in this job, or download the artifact and run <code>prodfix analyze DIR</code>.`,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
