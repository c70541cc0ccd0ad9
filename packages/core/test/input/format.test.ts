import { describe, expect, it } from 'vitest';
import { detectFormat, hourOf } from '../../src/input/format.js';

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

describe('hourOf', () => {
  it('finds the hour in a runner timestamp or near the start of a plain line', () => {
    expect(hourOf(undefined, PLAIN[1]!)).toBe(9);
    expect(hourOf('2024-05-06T23:59:59.1Z', 'x')).toBe(23);
    expect(hourOf(undefined, 'no time')).toBeUndefined();
  });
});
