/**
 * The job summary: a Markdown page a person reads first. Built as an mdast tree and
 * serialized by `mdast-util-to-markdown`, so log text can't break tables or fences; every
 * log-derived string goes through `markdown/untrusted.ts`.
 */
import type { Root, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Report } from './model.js';
import { histogramSection } from './markdown/histogram.js';
import { intermittentSection } from './markdown/intermittent.js';
import { causes, jobsTable } from './markdown/jobs.js';
import { heading, leftOut, paragraph, remark, strong, text } from './markdown/nodes.js';
import { patternsSection } from './markdown/patterns.js';
import { RENDER_PLANS, type RenderPlan } from './markdown/plan.js';
import { recipesSection } from './markdown/recipes.js';
import { prose } from './markdown/untrusted.js';

/** GitHub refuses a step summary over 1 MiB. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024;
const DEFAULT_TITLE = 'prodfix: why the jobs failed';
const MAX_NOTES = 20;

export interface MarkdownOptions {
  /** Upper bound on the UTF-8 size of the result (default 1 MiB). */
  maxBytes?: number;
  /** The page's heading. */
  title?: string;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function header(report: Report, title: string): RootContent[] {
  const { stats } = report;
  const seconds = (stats.durationMs / 1000).toFixed(2);
  return [
    { type: 'heading', depth: 1, children: prose(title, 200) },
    paragraph(strong('Verdict:'), text(' '), ...prose(report.verdict, 1000)),
    paragraph(text(`${stats.failed} of ${stats.files} logs failed · ${stats.lines} lines, ${size(stats.bytes)} read in ${seconds} s.`)),
  ];
}

function notesSection(report: Report): RootContent[] {
  if (report.notes.length === 0) return [];
  const shown = report.notes.slice(0, MAX_NOTES);
  return [
    heading(2, 'Notes'),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: shown.map((note) => ({ type: 'listItem', spread: false, children: [paragraph(...prose(note, 500))] })),
    },
    ...leftOut(report.notes.length - shown.length, 'notes were'),
  ];
}

function document(report: Report, plan: RenderPlan, title: string, shortened: string | undefined): Root {
  return {
    type: 'root',
    children: [
      ...header(report, title),
      ...(shortened ? [remark(shortened)] : []),
      ...jobsTable(report, plan),
      ...causes(report, plan),
      ...patternsSection(report, plan),
      ...intermittentSection(report, plan),
      ...histogramSection(report),
      ...recipesSection(report, plan),
      ...notesSection(report),
    ],
  };
}

function serialize(root: Root): string {
  return toMarkdown(root, { extensions: [gfmTableToMarkdown({ tablePipeAlign: false })], bullet: '-', fence: '`', fences: true, rule: '-' });
}

function byteLength(markdown: string): number {
  return Buffer.byteLength(markdown, 'utf8');
}

/**
 * Renders the report as GitHub-flavoured Markdown no larger than `maxBytes`. When the whole
 * report doesn't fit, parts are dropped least important first (later excerpts, the patterns'
 * tail, long excerpts, then whole sections) and the page says what was left out.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const title = options.title ?? DEFAULT_TITLE;
  const shortened = `This summary was shortened to stay under ${size(maxBytes)}; the JSON report has everything.`;
  for (const [index, plan] of RENDER_PLANS.entries()) {
    const markdown = serialize(document(report, plan, title, index === 0 ? undefined : shortened));
    if (byteLength(markdown) <= maxBytes) return markdown;
  }
  return serialize({
    type: 'root',
    children: [
      ...header(report, title),
      remark(`The summary doesn't fit in ${size(maxBytes)} even shortened; the JSON report has everything.`),
    ],
  });
}
