import { describe, expect, it } from 'vitest';
import { classifyName, compareNames } from '../../src/input/log-names.js';
import { preferJobLogs } from '../../src/input/run-log-layout.js';

describe('classifyName', () => {
  it('reads logs, rotated logs and names without an extension; opens zips; skips the rest', () => {
    for (const name of ['build.log', 'a/b/OUT.TXT', 'stdout.out', 'x.err', 'job.stderr', 'console', 'app.log.3', 'app.log.2024-05-06']) {
      expect(classifyName(name), name).toBe('log');
    }
    expect(classifyName('logs_42.ZIP')).toBe('zip');
    for (const name of ['jobs.json', 'ci.yml', 'ci.yaml', 'junit.xml', 'shot.png', 'trace.log.gz']) {
      expect(classifyName(name), name).toBe('other');
    }
  });
});

describe('compareNames', () => {
  it('orders numbers by value and the rest by code unit, the same everywhere', () => {
    const names = ['10_deploy.txt', '2_test.txt', '1_setup.txt', 'b.log', 'B.log', 'a10.log', 'a9.log', 'a09.log'];
    expect([...names].sort(compareNames)).toEqual(['1_setup.txt', '2_test.txt', '10_deploy.txt', 'B.log', 'a09.log', 'a9.log', 'a10.log', 'b.log']);
  });

  it('compares digit runs longer than any number type', () => {
    expect(compareNames('run-99999999999999999999.log', 'run-100000000000000000000.log')).toBeLessThan(0);
  });
});

describe('preferJobLogs', () => {
  const names = (entries: { name: string }[]): string[] => entries.map((e) => e.name);

  it('drops per-step files of jobs that have a top-level log, matching names as GitHub mangles them', () => {
    const entries = [
      { name: '0_build _ test.txt' },
      { name: 'build  test/1_Set up job.txt' },
      { name: 'build  test/2_Run make.txt' },
      { name: 'deploy/1_Set up job.txt' },
      { name: 'notes/readme.txt' },
    ];
    const { kept, duplicates } = preferJobLogs(entries);
    expect(names(kept)).toEqual(['0_build _ test.txt', 'deploy/1_Set up job.txt', 'notes/readme.txt']);
    expect(names(duplicates)).toEqual(['build  test/1_Set up job.txt', 'build  test/2_Run make.txt']);
  });
});

describe('files that are not logs', () => {
  it('skips licence and readme files and collect-logs summary in folders', () => {
    expect(classifyName('LICENSE')).toBe('other');
    expect(classifyName('README')).toBe('other');
    expect(classifyName('runs/analysis_summary.txt')).toBe('other');
    expect(classifyName('runs/70-1/build/log.txt')).toBe('log');
    expect(classifyName('job-output')).toBe('log');
  });
});
