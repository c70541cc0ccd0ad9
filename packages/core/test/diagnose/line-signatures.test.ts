import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SIGNATURES, isCandidate, scoreLine } from '../../src/diagnose/line-signatures.js';
import { stripAnsi } from '../../src/input/ansi.js';
import { FIXTURES } from './helpers.js';

/** Every line of every committed fixture log, timestamps and ANSI codes removed. */
function fixtureLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else for (const line of readFileSync(path, 'utf8').split(/\r\n|\r|\n/)) lines.push(stripAnsi(line.replace(/^\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z ?/, '')));
    }
  };
  walk(FIXTURES);
  return lines;
}

const handWritten = [
  'src/index.ts(3,7): error TS2322: Type string is not assignable to type number.',
  'Error: connect ECONNREFUSED 127.0.0.1:5432',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  'panic: test timed out after 10m0s',
  'WARNING: DATA RACE',
  'fatal error: all goroutines are asleep - deadlock!',
  'npm ERR! code ERESOLVE',
  '➤ YN0001: │ Error: something failed',
  '** (ArgumentError) argument error',
  'E/AndroidRuntime: FATAL EXCEPTION: main',
  'level=error msg="upstream failed"',
  'make[2]: *** [Makefile:12: all] Error 2',
  'Process completed with exit code 1.',
  'Tests run: 10, Failures: 0, Errors: 0, Skipped: 0',
  'README.md:2186:Line longer than 80 characters.',
];

describe('line signatures', () => {
  it("never skip a line their pattern matches (each `needs` holds on real and hand-written lines)", () => {
    const violations: string[] = [];
    for (const line of [...fixtureLines(), ...handWritten]) {
      const text = line.slice(0, 2000);
      const lower = text.toLowerCase();
      for (const signature of ALL_SIGNATURES) {
        if (signature.needs && signature.pattern.test(text) && !signature.needs.some((n) => lower.includes(n))) {
          violations.push(`${signature.name}: ${text.slice(0, 120)}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('score causes high and non-causes zero', () => {
    expect(scoreLine("src/index.ts(3,7): error TS2322: Type 'string' is not assignable").signal).toBe('tsc-error');
    expect(scoreLine('##[error]Process completed with exit code 1.').score).toBe(0);
    expect(scoreLine('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0').score).toBe(0);
    expect(scoreLine('make[2]: *** [Makefile:12: all] Error 2').score).toBeLessThan(5);
    expect(scoreLine('Compiling 42 files').score).toBe(0);
    expect(isCandidate('all good here')).toBe(false);
  });
});
