import { describe, expect, it } from 'vitest';
import type { FileReport, Report } from '@prodfix/core';
import { outputsOf } from '../src/outputs.js';
import type { Settings } from '../src/inputs.js';

const settings: Settings = {
  paths: ['logs'],
  baseline: [],
  maxAnnotations: 10,
  failOn: [],
  reportPath: '/ws/prodfix-report.json',
  summaryPath: '/ws/prodfix-report.md',
  workspace: '/ws',
  tempDir: '/tmp',
};

function file(path: string, status: FileReport['status'], title?: string): FileReport {
  return {
    path,
    format: 'plain',
    status,
    statusReason: '',
    lines: 1,
    bytes: 1,
    steps: [],
    failures: title
      ? [{ rank: 1, startLine: 1, endLine: 1, lines: [title], errorLine: 1, title, category: 'timeout', confidence: 0.8, tests: [], signals: [] }]
      : [],
    failedTests: [],
    notes: [],
  };
}

function report(files: FileReport[], categories: Report['categories']): Report {
  return {
    version: 1,
    tool: { name: 'prodfix', version: '0.1.0' },
    generatedAt: '2024-01-01T00:00:00.000Z',
    verdict: '',
    files,
    categories,
    patterns: [],
    intermittent: [],
    recipes: [],
    hourHistogram: new Array<number>(24).fill(0),
    stats: { files: files.length, failed: 0, lines: 0, bytes: 0, durationMs: 0 },
    notes: [],
  };
}

describe('outputsOf', () => {
  it('gives counts, the most common class and the first failed job’s cause on one line', () => {
    const outputs = outputsOf(
      report([file('ok.log', 'passed'), file('a.log', 'failed', 'Error:   job\n  timed out'), file('b.log', 'failed', 'other')], { network: 1, timeout: 2 }),
      settings,
    );
    expect(outputs).toEqual({
      'report-path': '/ws/prodfix-report.json',
      'failed-jobs': '2',
      'top-category': 'timeout',
      categories: '{"network":1,"timeout":2}',
      'first-cause': 'Error: job timed out',
      intermittent: '[]',
      'summary-path': '/ws/prodfix-report.md',
    });
  });

  it('breaks ties by the order of the taxonomy and leaves causes empty when nothing failed', () => {
    expect(outputsOf(report([], { timeout: 1, 'test-assertion': 1 }), settings)['top-category']).toBe('test-assertion');
    const none = outputsOf(report([file('ok.log', 'passed')], {}), settings);
    expect([none['failed-jobs'], none['top-category'], none['first-cause'], none.categories]).toEqual(['0', '', '', '{}']);
  });

  it('caps a very long first cause', () => {
    const cause = outputsOf(report([file('a.log', 'failed', 'x'.repeat(5000))], { timeout: 1 }), settings)['first-cause'];
    expect(cause).toHaveLength(500);
    expect(cause.endsWith('…')).toBe(true);
  });
});
