import type { Manifest } from './manifest.js';

/** The short human summary written next to the manifest (`analysis_summary.txt`). */
export function summaryText(manifest: Manifest): string {
  const { totals } = manifest;
  const lines = [
    `prodfix collect-logs: ${manifest.repository} at ${manifest.createdAt}`,
    `${totals.runs} run attempt(s), ${totals.jobs} job log(s), ${totals.files} file(s), ${totals.bytes} bytes, ${totals.missing} missing, ${totals.redactions} redaction(s)`,
    '',
    'Runs:',
  ];
  for (const run of manifest.runs) {
    const role = run.baseline ? ` (baseline for ${run.baselineFor})` : '';
    lines.push(`  ${run.id} attempt ${run.attempt}${role}: ${run.workflowName ?? run.workflowId} on ${run.headBranch ?? '?'} @ ${run.headSha.slice(0, 12)}, ${run.conclusion ?? 'no conclusion'} — ${run.htmlUrl}`);
    for (const file of manifest.files) {
      if (file.role !== 'job-log' || file.runId !== run.id || file.attempt !== run.attempt || file.baseline !== run.baseline) continue;
      const state = file.status === 'ok' ? `${file.size} bytes` : `MISSING (${file.problem?.reason}: ${file.problem?.message})`;
      lines.push(`    ${file.jobName} [${file.conclusion ?? '-'}]: ${state}`);
    }
  }
  const others = manifest.files.filter((file) => file.role === 'app-log' || file.role === 'git-log' || file.role === 'system-snapshot');
  if (others.length > 0) {
    lines.push('', 'Other files:');
    for (const file of others) {
      lines.push(`  ${file.path}: ${file.status === 'ok' ? `${file.size} bytes` : `MISSING (${file.problem?.message})`}`);
    }
  }
  const kinds = Object.entries(manifest.redactions);
  lines.push('', kinds.length === 0 ? 'Redactions: none' : `Redactions: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
