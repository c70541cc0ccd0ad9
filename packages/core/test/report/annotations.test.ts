import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/report/annotations.js';
import type { Failure } from '../../src/report/model.js';
import { failedFile, fullReport, reportOf } from './sample-reports.js';

function located(file: string, line: number, rank: number, title: string): Partial<Failure> {
  return { rank, title, location: { file, line, column: 3 }, category: 'compilation', confidence: 0.9 - rank / 10 };
}

describe('selectAnnotations', () => {
  it('annotates the top cause at the repo-relative file and line', () => {
    const [annotation, ...rest] = selectAnnotations(fullReport(), { max: 10, repository: 'acme/shop' });
    expect(rest).toEqual([]);
    expect(annotation).toMatchObject({
      level: 'error',
      title: 'test-assertion: test (ubuntu-latest)',
      file: 'src/cart.test.ts',
      startLine: 42,
      startColumn: 19,
    });
    expect(annotation?.message.split('\n')[0]).toBe('AssertionError: expected 90 to be 81 // Object.is equality');
    expect(annotation?.message).toContain('logs/run-42/test.txt:98');
  });

  it('shows a cause seen in several jobs once, then located secondary causes as warnings, up to max', () => {
    const lines = ['src/a.ts(3,5): error TS2322: Type string is not assignable to type number.'];
    const base = failedFile('one.log', lines[0]!, lines);
    const top = { ...base.failures[0]!, ...located('/home/runner/work/shop/shop/src/a.ts', 3, 1, lines[0]!) };
    const second = { ...top, ...located('/home/runner/work/shop/shop/src/b.ts', 7, 2, 'b.ts(7,1): error TS1005') };
    const third = { ...top, ...located('/opt/hostedtoolcache/x.ts', 1, 3, 'outside error') };
    const report = reportOf([
      { ...base, failures: [top, second, third] },
      { ...base, path: 'two.log', failures: [top] },
      failedFile('three.log', 'Error: ECONNRESET', ['Error: ECONNRESET']),
      { ...failedFile('passed.log', 'x', ['x']), status: 'passed' },
    ]);
    const all = selectAnnotations(report, { max: 10, repository: 'acme/shop' });
    expect(all.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'src/a.ts', 3],
      ['error', undefined, undefined],
      ['warning', 'src/b.ts', 7],
      ['warning', undefined, undefined],
    ]);
    expect(selectAnnotations(report, { max: 2 })).toHaveLength(2);
    expect(selectAnnotations(report, { max: 0 })).toEqual([]);
  });

  it('never goes past the runner limit of 50', () => {
    const files = Array.from({ length: 80 }, (_, i) => failedFile(`${i}.log`, `Error ${i}`, [`Error ${i}`]));
    expect(selectAnnotations(reportOf(files), { max: 500 })).toHaveLength(50);
  });

  it('caps long excerpts in the message', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    const [annotation] = selectAnnotations(reportOf([failedFile('a.log', 'line 0', lines)]), { max: 1 });
    expect(annotation?.message).toContain('… 80 more lines in the report');
  });
});

describe('annotation text from hostile logs', () => {
  it('drops bidi overrides and control characters', () => {
    const report = fullReport();
    const failure = report.files[0]!.failures[0]!;
    failure.title = 'evil \u202Etxt.exe\u202C \u0007bell';
    failure.lines = ['line \u2066isolate\u2069 \u001b[31mred'];
    const [annotation] = selectAnnotations(report as never, { max: 5 });
    expect(annotation!.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0007\u001b]/);
    expect(annotation!.message).toContain('evil txt.exe bell');
  });
});
