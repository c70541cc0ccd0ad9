/** The failed-jobs table and each job's quoted causes. */
import type { RootContent } from 'mdast';
import type { Failure, FileReport, Report } from '../model.js';
import { jobCategory } from '../job-category.js';
import type { RenderPlan } from './plan.js';
import { heading, html, leftOut, table, text } from './nodes.js';
import { clean, codeBlock, codeSpan, htmlCode, prose } from './untrusted.js';

/** Jobs the summary is about: failed or cancelled ones, in report order. */
export function failedJobs(report: Report): FileReport[] {
  return report.files.filter((file) => file.status === 'failed' || file.status === 'cancelled');
}

export function jobLabel(file: FileReport): string {
  const job = file.context?.jobName;
  return job ? `${job} (${file.path})` : file.path;
}

function rankedFailures(file: FileReport): Failure[] {
  return [...file.failures].sort((a, b) => a.rank - b.rank);
}

/** The table: job, status, class, first cause and where it is. */
export function jobsTable(report: Report, plan: RenderPlan): RootContent[] {
  const jobs = failedJobs(report);
  if (jobs.length === 0) return [];
  const rows = jobs.slice(0, plan.jobs).map((file) => {
    const first = rankedFailures(file)[0];
    return [
      codeSpan(jobLabel(file), 200),
      text(file.status),
      text(jobCategory(file)),
      first ? codeSpan(first.title, 200) : prose(file.statusReason, 200),
      first ? codeSpan(`${file.path}:${first.errorLine}`, 200) : text(''),
    ];
  });
  return [
    heading(2, 'Failed jobs'),
    table(['Job', 'Status', 'Class', 'First cause', 'Line'], rows),
    ...leftOut(jobs.length - rows.length, 'jobs were'),
  ];
}

function numbered(failure: Failure, plan: RenderPlan): string {
  const shown = failure.lines.slice(0, plan.excerptLines);
  const width = String(failure.startLine + shown.length).length;
  const body = shown.map((line, index) => {
    const number = failure.startLine + index;
    const marker = number === failure.errorLine ? '>' : ' ';
    const cut = line.length > plan.lineChars ? `${line.slice(0, plan.lineChars)}…` : line;
    return `${marker} ${String(number).padStart(width)} | ${clean(cut)}`;
  });
  const hidden = failure.lines.length - shown.length;
  if (hidden > 0) body.push(`… ${hidden} more lines (to line ${failure.endLine})`);
  return body.join('\n');
}

function excerpt(file: FileReport, failure: Failure, plan: RenderPlan): RootContent[] {
  const where = `lines ${failure.startLine}–${failure.endLine}`;
  const confidence = `${Math.round(failure.confidence * 100)}%`;
  const step = failure.step ? ` in step ${htmlCode(failure.step, 120)}` : '';
  const summary = `Cause ${failure.rank} · ${failure.category} (${confidence})${step} · ${where}: ${htmlCode(failure.title, 300)}`;
  return [
    html(`<details${failure.rank === 1 ? ' open' : ''}><summary>${summary}</summary>`),
    codeBlock(numbered(failure, plan)),
    html('</details>'),
  ];
}

/** Each failed job's causes as collapsible excerpts of the raw log (the first one open). */
export function causes(report: Report, plan: RenderPlan): RootContent[] {
  if (plan.excerptsPerJob === 0) return [];
  const jobs = failedJobs(report).filter((file) => file.failures.length > 0);
  if (jobs.length === 0) return [];
  const nodes: RootContent[] = [heading(2, 'Causes')];
  let hiddenExcerpts = 0;
  for (const file of jobs.slice(0, plan.jobs)) {
    const failures = rankedFailures(file);
    nodes.push({ type: 'heading', depth: 3, children: [codeSpan(jobLabel(file), 200)] });
    const recommendation = file.classification?.recommendation;
    if (recommendation) nodes.push({ type: 'paragraph', children: [text('What to do: '), ...prose(recommendation, 500)] });
    for (const failure of failures.slice(0, plan.excerptsPerJob)) nodes.push(...excerpt(file, failure, plan));
    hiddenExcerpts += Math.max(0, failures.length - plan.excerptsPerJob);
  }
  nodes.push(...leftOut(hiddenExcerpts, 'excerpts (causes after the first of a job) were'));
  nodes.push(...leftOut(Math.max(0, jobs.length - plan.jobs), "jobs' causes were"));
  return nodes;
}
