import { describe, expect, it } from 'vitest';
import { PatternCollector } from '../../src/patterns/patterns.js';
import type { Category } from '../../src/report/model.js';

describe('PatternCollector', () => {
  it('ranks a line recurring across runs above one repeated many times in a single file', () => {
    const collector = new PatternCollector();
    for (let i = 1; i <= 500; i++) {
      collector.add({ text: `retrying request ${i} to 10.0.0.${i % 250}:8080`, path: 'run-1/build.log', line: i, runId: 1 });
    }
    for (const runId of [1, 2, 3]) {
      collector.add({ text: `Error: ETIMEDOUT connecting to db after ${runId * 1000}ms`, path: `run-${runId}/test.log`, line: 40 + runId, runId });
    }
    const patterns = collector.result(10);
    expect(patterns.map((p) => p.template)).toEqual([
      'Error: ETIMEDOUT connecting to db after <DUR>',
      'retrying request <NUM> to <IP>',
    ]);
    expect(patterns[0]).toMatchObject({
      count: 3,
      runs: [1, 2, 3],
      files: [
        { path: 'run-1/test.log', line: 41 },
        { path: 'run-2/test.log', line: 42 },
        { path: 'run-3/test.log', line: 43 },
      ],
    });
    expect(patterns[1]!.count).toBe(500);
  });

  it('uses files as the spread when run ids are unknown', () => {
    const collector = new PatternCollector();
    for (let i = 0; i < 50; i++) collector.add({ text: `cache miss ${i}`, path: 'a.log', line: i + 1 });
    collector.add({ text: 'npm ERR! code E404 for left-pad', path: 'a.log', line: 60 });
    collector.add({ text: 'npm ERR! code E404 for left-pad', path: 'b.log', line: 7 });
    expect(collector.result(5).map((p) => p.template)).toEqual(['npm ERR! code E404 for left-pad', 'cache miss <NUM>']);
  });

  it('caps examples and files, keeps the first line per file, and honours the limit', () => {
    const collector = new PatternCollector({ maxFiles: 2 });
    for (let f = 0; f < 4; f++) {
      for (let l = 1; l <= 3; l++) collector.add({ text: `  segfault at 0x${(f * 16 + l).toString(16)}ff  `, path: `job-${f}.log`, line: l * 10 });
    }
    collector.add({ text: 'unrelated warning one', path: 'x.log', line: 1 });
    collector.add({ text: 'unrelated warning one', path: 'x.log', line: 2 });
    const [top, ...rest] = collector.result(1);
    expect(rest).toEqual([]);
    expect(top!.count).toBe(12);
    expect(top!.examples).toEqual([
      { line: 10, text: 'segfault at 0x1ff' },
      { line: 20, text: 'segfault at 0x2ff' },
      { line: 30, text: 'segfault at 0x3ff' },
    ]);
    expect(top!.files).toEqual([
      { path: 'job-0.log', line: 10 },
      { path: 'job-1.log', line: 10 },
    ]);
    expect(top!.runs).toEqual([]);
  });

  it('reports only patterns seen at least minCount times', () => {
    const collector = new PatternCollector();
    collector.add({ text: 'fatal: repository not found', path: 'a.log', line: 1 });
    expect(collector.result(10)).toEqual([]);
    expect(new PatternCollector({ minCount: 1 }).result(10)).toEqual([]);
  });

  it('asks the classifier for each pattern category, with the first example text', () => {
    const seen: string[] = [];
    const classify = (text: string): Category => {
      seen.push(text);
      return /timed? ?out/i.test(text) ? 'timeout' : 'unknown';
    };
    const collector = new PatternCollector({ classify });
    for (const n of [1, 2]) collector.add({ text: `job ${n} timed out after ${n}m`, path: 'a.log', line: n });
    for (const n of [3, 4]) collector.add({ text: `assertion failed: expected ${n} got 0`, path: 'a.log', line: n });
    const patterns = collector.result(10);
    expect(patterns.map((p) => p.category)).toEqual(['timeout', 'unknown']);
    expect(seen).toEqual(['job 1 timed out after 1m', 'assertion failed: expected 3 got 0']);
    expect(new PatternCollector().result(1)).toEqual([]);
  });

  it('defaults the category to unknown', () => {
    const collector = new PatternCollector();
    collector.add({ text: 'ENOSPC: no space left on device', path: 'a.log', line: 1 });
    collector.add({ text: 'ENOSPC: no space left on device', path: 'a.log', line: 9 });
    expect(collector.result(1)[0]!.category).toBe('unknown');
  });

  it('counts the lines it drops once the miner is full', () => {
    const collector = new PatternCollector({ miner: { maxClusters: 1 } });
    collector.add({ text: 'first kind of error', path: 'a.log', line: 1 });
    collector.add({ text: 'a completely different failure here now', path: 'a.log', line: 2 });
    collector.add({ text: 'first kind of error', path: 'a.log', line: 3 });
    expect(collector.droppedLines).toBe(1);
    expect(collector.result(5)).toMatchObject([{ template: 'first kind of error', count: 2 }]);
  });

  it('cuts very long lines before mining and in examples', () => {
    const collector = new PatternCollector({ maxTextLength: 20 });
    const long = `boom ${'x'.repeat(10_000)}`;
    collector.add({ text: long, path: 'a.log', line: 1 });
    collector.add({ text: long, path: 'a.log', line: 2 });
    const [pattern] = collector.result(1);
    expect(pattern!.examples[0]!.text).toHaveLength(20);
    expect(pattern!.template.length).toBeLessThanOrEqual(20);
  });
});
