import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '@prodfix/core';
import { parseAnalyzeArgs } from '../src/commands/analyze.js';

function configurationMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseAnalyzeArgs', () => {
  it('takes several baseline paths after --baseline, until the next option', () => {
    const parsed = parseAnalyzeArgs(['fail.log', 'logs/', '--baseline', 'pass1.log', 'pass2.log', '--json', 'out.json', 'more.log']);
    expect(parsed.paths).toEqual(['fail.log', 'logs/', 'more.log']);
    expect(parsed.baseline).toEqual(['pass1.log', 'pass2.log']);
    expect(parsed.json).toBe('out.json');
  });

  it('accepts repeated and inline --baseline and stops collecting at --', () => {
    const parsed = parseAnalyzeArgs(['--baseline=a.log', '--baseline', 'b.log', '--', 'c.log']);
    expect(parsed.baseline).toEqual(['a.log', 'b.log']);
    expect(parsed.paths).toEqual(['c.log']);
  });

  it('reads --fail-on, --max-failures, --repo and --quiet', () => {
    const parsed = parseAnalyzeArgs(['x.log', '--fail-on', 'timeout,test-assertion', '--max-failures', '3', '--repo', 'acme/widgets', '-q']);
    expect(parsed.failOn).toEqual(['timeout', 'test-assertion']);
    expect(parsed.maxFailures).toBe(3);
    expect(parsed.repository).toBe('acme/widgets');
    expect(parsed.quiet).toBe(true);
    expect(parseAnalyzeArgs(['x.log']).failOn).toEqual([]);
  });

  it('rejects mistakes with one-line ConfigurationErrors', () => {
    expect(configurationMessage(() => parseAnalyzeArgs([]))).toMatch(/at least one log/);
    expect(configurationMessage(() => parseAnalyzeArgs(['x.log', '--fail-on', 'flaky']))).toMatch(/--fail-on: unknown value "flaky"/);
    expect(configurationMessage(() => parseAnalyzeArgs(['x.log', '--max-failures', '0']))).toMatch(/--max-failures/);
    expect(configurationMessage(() => parseAnalyzeArgs(['x.log', '--repo', 'nope']))).toMatch(/owner\/name/);
    expect(configurationMessage(() => parseAnalyzeArgs(['x.log', '--colour']))).toBe('unknown option --colour (see --help)');
    expect(configurationMessage(() => parseAnalyzeArgs(['x.log', '--max-failures', '-5']))).toBe(
      '--max-failures needs a value; write --max-failures=VALUE for a value that starts with "-" (see --help)',
    );
    expect(configurationMessage(() => parseAnalyzeArgs(['x.log', '--json']))).toMatch(/--json/);
  });
});
