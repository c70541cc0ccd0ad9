import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { RecordingLogger } from '../../src/logger.js';
import { FIXTURES } from './helpers.js';

describe('analyze over a folder of real logs', () => {
  it('explains every failed job, ranks patterns, builds recipes and keeps line numbers of the raw files', async () => {
    const logger = new RecordingLogger();
    const report = await analyze({
      paths: [join(FIXTURES, 'cidiff/terraform-go-test.fail.log'), join(FIXTURES, 'bugswarm')],
      baseline: [join(FIXTURES, 'cidiff/terraform-go-test.pass.log')],
      logger,
      now: () => 0,
    });
    expect(report.version).toBe(1);
    expect(report.stats.files).toBe(4);
    expect(report.stats.failed).toBe(3);
    expect(report.files.find((f) => f.path.endsWith('gradle-passing-2556516385.log'))?.status).toBe('passed');
    expect(report.categories).toEqual({ 'test-assertion': 3 });
    const go = report.files.find((f) => f.path.endsWith('terraform-go-test.fail.log'))!;
    expect(go.failures[0]!.startLine).toBeLessThanOrEqual(639);
    expect(go.failures[0]!.endLine).toBeGreaterThanOrEqual(608);
    expect(report.recipes.some((r) => r.local?.includes("-run '^TestApply_jsonGoldenReference$'"))).toBe(true);
    expect(report.hourHistogram).toHaveLength(24);
    expect(report.hourHistogram.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(report.verdict).toMatch(/^3 failed jobs of 4 log\(s\)/);
  });

  it('says clearly when nothing readable was given', async () => {
    await expect(analyze({ paths: ['/definitely/not/here.log'] })).rejects.toThrow(/not found/);
  });

  it('says why a collect-logs folder holds no log, from its manifest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prodfix-all-missing-'));
    const files = ['deploy', 'test'].map((job) => ({ path: `runs/5-1/${job}/log.txt`, role: 'job-log', status: 'missing', jobName: job, runId: 5, attempt: 1, problem: { reason: 'expired', message: 'GitHub answered 410 Gone' } }));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ schemaVersion: 1, tool: { name: 'prodfix-collect', version: '0.1.0' }, runs: [], files }));
    await expect(analyze({ paths: [dir] })).rejects.toThrow(
      /^No readable log in .*The collect-logs manifest there says why: Log of job "deploy" \(run 5, attempt 1\) was not collected: expired, GitHub answered 410 Gone; Log of job "test"/,
    );
  });
});

describe('analyze with a baseline that is not there', () => {
  it('still explains the logs and says the baseline was not used', async () => {
    const report = await analyze({ paths: [join(FIXTURES, 'cidiff/gradle-junit.fail.log')], baseline: ['/no/such/baseline.log'] });
    expect(report.stats.failed).toBe(1);
    expect(report.notes.some((note) => note.startsWith('baseline not used:'))).toBe(true);
  });
});
