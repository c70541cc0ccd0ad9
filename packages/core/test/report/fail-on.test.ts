import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '../../src/errors.js';
import { matchFailOn, parseFailOn } from '../../src/report/fail-on.js';
import { failedFile, reportOf } from './sample-reports.js';

describe('fail-on', () => {
  it('reads none, any and categories separated by commas, spaces or newlines', () => {
    expect(parseFailOn('none')).toEqual([]);
    expect(parseFailOn('  ')).toEqual([]);
    expect(parseFailOn('Timeout, network\nout-of-memory timeout')).toEqual(['timeout', 'network', 'out-of-memory']);
  });

  it('rejects an unknown word, listing the allowed values', () => {
    let thrown: unknown;
    try {
      parseFailOn('timeout,flaky', 'fail-on');
    } catch (error) {
      thrown = error;
    }
    expect(isConfigurationError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(/^fail-on: unknown value "flaky"; allowed values: none, any, test-assertion, compilation, .*, unknown$/);
    expect(() => parseFailOn('none,timeout')).toThrow(/can't be combined/);
  });

  it('matches failed jobs by their class', () => {
    const timeout = failedFile('t.log', 'timed out', ['timed out']);
    timeout.failures[0]!.category = 'timeout';
    const report = reportOf([timeout, failedFile('u.log', 'boom', ['boom']), { ...timeout, path: 'p.log', status: 'passed' }]);
    expect(matchFailOn(report, ['timeout']).map((f) => f.path)).toEqual(['t.log']);
    expect(matchFailOn(report, ['any']).map((f) => f.path)).toEqual(['t.log', 'u.log']);
    expect(matchFailOn(report, [])).toEqual([]);
  });
});
