import type { Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { failedFile, fullReport, reportOf } from './sample-reports.js';

/** Lines a hostile log might hold: fence breakers, HTML, mentions, issue refs, table pipes. */
const HOSTILE_LINES = [
  '```` ``` ` ``````````',
  '</details>',
  '<script>alert(document.cookie)</script>',
  'thanks @octocat, this fixes #123 and GH-7, see https://github.com/acme/shop/issues/9',
  '| col | col | col |',
  '<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://x/y.png)',
  '<!-- unclosed comment',
  '\u202Egnp.exe\u0007 bidi and bell',
];

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function nodesOf<T extends Nodes['type']>(root: Root, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = [];
  walk(root, (node) => {
    if (node.type === type) found.push(node);
  });
  return found as Extract<Nodes, { type: T }>[];
}

function hostileReport(): Report {
  const title = HOSTILE_LINES.join(' ');
  return reportOf(
    [failedFile('logs/a|b @octocat.log', title, HOSTILE_LINES, { context: { jobName: 'build @octocat #1 | x' } })],
    {
      verdict: `1 failed: ${title}`,
      notes: ['@octocat please look at #99'],
      recipes: [{ path: 'x.log', job: '@octocat', command: '``` rm -rf / ```', debugEnv: { ACTIONS_STEP_DEBUG: 'true' }, steps: ['ask @octocat about #5'] }],
    },
  );
}

describe('renderMarkdown', () => {
  it('renders every section of a full report', () => {
    const markdown = renderMarkdown(fullReport());
    const root = parse(markdown);
    const headings = nodesOf(root, 'heading').map((h) => h.children.map((c) => ('value' in c ? c.value : '')).join(''));
    expect(headings).toEqual([
      'prodfix: why the jobs failed',
      'Failed jobs',
      'Causes',
      'test (ubuntu-latest) (logs/run-42/test.txt)',
      'Recurring patterns',
      'Intermittent failures',
      'Errors by hour of day',
      'Reproduce',
      'test (ubuntu-latest)',
      'Notes',
    ]);
    expect(markdown).toContain('**Verdict:** 1 of 2 jobs failed');
    const code = nodesOf(root, 'code');
    expect(code.find((c) => c.lang === 'mermaid')?.value).toMatch(/^xychart-beta\n[\s\S]*bar \[0, 0, 0, 0, 0, 0, 0, 0, 0, 3,/);
    expect(code.find((c) => c.lang === 'text')?.value).toContain('>  98 | AssertionError: expected 90 to be 81');
    expect(code.find((c) => c.lang === 'sh')?.value).toContain('gh run rerun 42 --failed');
    expect(markdown).not.toContain('shortened');
  });

  it('keeps hostile log text from breaking tables, fences or HTML and from pinging anyone', () => {
    const markdown = renderMarkdown(hostileReport());
    const root = parse(markdown);

    // The only raw HTML is the <details>/<summary> wrapper we write, with log text escaped in <code>.
    const html = nodesOf(root, 'html').map((node) => node.value);
    expect(html).toHaveLength(2);
    expect(html[0]).toMatch(/^<details open><summary>Cause 1 [^\n]*<\/summary>$/);
    expect(html[0]).not.toMatch(/<script|<img|<\/details>.*<\/summary>/);
    expect(html[0]).toContain('&lt;script&gt;');
    expect(html[1]).toBe('</details>');

    // The excerpt comes back whole, inside one code block.
    const excerpt = nodesOf(root, 'code').find((node) => node.lang === 'text');
    expect(excerpt?.value.split('\n')).toHaveLength(HOSTILE_LINES.length);
    expect(excerpt?.value).toContain('</details>');
    expect(excerpt?.value).not.toContain('\u202E');
    expect(excerpt?.value).not.toContain('\u0007');

    // Tables keep their shape: five cells per row, the pipes inside cells stay text.
    const [jobs] = nodesOf(root, 'table') as Table[];
    expect(jobs?.children.map((row) => row.children.length)).toEqual([5, 5]);
    expect(nodesOf(jobs as unknown as Root, 'inlineCode')[0]?.value).toBe('build @octocat #1 | x (logs/a|b @octocat.log)');

    // Mentions, issue refs and URLs appear only in code, never as text that GitHub would link.
    const prose = nodesOf(root, 'text').map((node) => node.value).join('\n');
    expect(prose).not.toMatch(/@\w|#\d|GH-\d|:\/\//);
    expect(nodesOf(root, 'link')).toHaveLength(0);
    expect(nodesOf(root, 'image')).toHaveLength(0);
    expect(html[0]).toMatch(/<code>[^<]*@octocat/);
  });

  it('quotes at most 200 lines of a 10,000-line excerpt and says how many it left out', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i + 1} | \`\`\` @octocat`);
    const markdown = renderMarkdown(reportOf([failedFile('big.log', 'line 1', lines)]));
    const excerpt = nodesOf(parse(markdown), 'code').find((node) => node.lang === 'text');
    const quoted = excerpt?.value.split('\n') ?? [];
    expect(quoted).toHaveLength(201);
    expect(quoted.at(-1)).toBe('… 9800 more lines (to line 10000)');
  });

  it('stays under maxBytes by dropping later excerpts and the patterns tail first, and says so', () => {
    const jobs = Array.from({ length: 40 }, (_, job) => {
      const file = failedFile(`logs/job-${job}.log`, `Error: job ${job} failed`, Array.from({ length: 60 }, (_, i) => `job ${job} line ${i} ${'x'.repeat(80)}`));
      const extra = [2, 3, 4].map((rank) => ({ ...file.failures[0]!, rank, title: `secondary ${rank}` }));
      return { ...file, failures: [...file.failures, ...extra] };
    });
    const patterns = Array.from({ length: 50 }, (_, i) => ({
      template: `Error <NUM> in module ${i} ${'y'.repeat(100)}`,
      count: 100 - i,
      examples: [],
      files: [{ path: 'logs/job-0.log', line: i + 1 }],
      runs: [],
      fileCount: 1,
      runCount: 0,
      category: 'unknown' as const,
    }));
    const report = reportOf(jobs, { patterns });
    const full = renderMarkdown(report);
    const fullBytes = Buffer.byteLength(full);
    const maxBytes = Math.floor(fullBytes / 3);

    const trimmed = renderMarkdown(report, { maxBytes });
    expect(Buffer.byteLength(trimmed)).toBeLessThanOrEqual(maxBytes);
    expect(trimmed).toContain('This summary was shortened to stay under');
    expect(trimmed).toContain('120 more excerpts (causes after the first of a job) were left out here');
    expect(trimmed).not.toContain('secondary 2');
    // Every job is still in the table, and its first cause is still quoted.
    const root = parse(trimmed);
    expect((nodesOf(root, 'table')[0] as Table).children).toHaveLength(41);
    expect(nodesOf(root, 'html').filter((node) => node.value.startsWith('<details'))).toHaveLength(40);
  });

  it('falls back to the verdict alone when nothing else fits', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i}`);
    const report = reportOf(Array.from({ length: 30 }, (_, i) => failedFile(`logs/${i}.log`, `Error ${i}`, lines)));
    const markdown = renderMarkdown(report, { maxBytes: 600 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(600);
    expect(markdown).toContain('**Verdict:** 30 failed');
    expect(markdown).toContain("doesn't fit in 600 B even shortened");
  });

  it('leaves out the chart when no error line had a timestamp', () => {
    const markdown = renderMarkdown(reportOf([failedFile('a.log', 'boom', ['boom'])]));
    expect(markdown).not.toContain('xychart-beta');
    expect(markdown).not.toContain('## Recurring patterns');
  });
});
