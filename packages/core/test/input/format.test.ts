import { describe, expect, it } from 'vitest';
import { detectFormat, hourOf, splitLine } from '../../src/input/format.js';

const RAW = ['\uFEFF2024-05-06T09:50:14.1206542Z ##[group]Run npm test', '2024-05-06T09:50:15.0000000Z npm test'];
const CLI = ['build\tRun npm test\t2024-05-06T09:50:14.1206542Z ##[group]Run npm test', 'build\tRun npm test\t2024-05-06T09:50:15.0000000Z npm test'];
const PLAIN = ['[INFO] Building app 1.0', '2024-05-06 09:50:14 ERROR boom'];

describe('detectFormat', () => {
  it('tells raw job logs, gh run view output and plain logs apart', () => {
    expect(detectFormat(RAW)).toBe('github-raw');
    expect(detectFormat(CLI)).toBe('github-cli');
    expect(detectFormat(PLAIN)).toBe('plain');
    expect(detectFormat([])).toBe('plain');
    expect(detectFormat(['', '   '])).toBe('plain');
  });
});

describe('splitLine', () => {
  it('splits the runner timestamp off a raw line, BOM included', () => {
    expect(splitLine(RAW[0]!, 'github-raw')).toEqual({ timestamp: '2024-05-06T09:50:14.1206542Z', text: '##[group]Run npm test' });
    expect(splitLine('no stamp here', 'github-raw')).toEqual({ text: 'no stamp here' });
  });

  it('splits job, step and timestamp off a gh run view line', () => {
    expect(splitLine(CLI[1]!, 'github-cli')).toEqual({ job: 'build', step: 'Run npm test', timestamp: '2024-05-06T09:50:15.0000000Z', text: 'npm test' });
  });

  it('leaves plain lines whole and still finds their hour', () => {
    expect(splitLine(PLAIN[1]!, 'plain')).toEqual({ text: PLAIN[1] });
    expect(hourOf(undefined, PLAIN[1]!)).toBe(9);
    expect(hourOf('2024-05-06T23:59:59.1Z', 'x')).toBe(23);
    expect(hourOf(undefined, 'no time')).toBeUndefined();
  });
});
