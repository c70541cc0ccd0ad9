import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordingLogger } from '@prodfix/core';
import { startFakeGitHub, type FakeGitHub, type FaultRule, type ScenarioInput } from '../../../tests/fake-github/server.mjs';
import { collect, type CollectOptions } from '../src/index.js';
import { matchZipEntries, prefersRunZip } from '../src/zip-job-match.js';
import { PLANTED, TOKEN } from './collect-scenario.js';
import { manifestErrors } from './validate-manifest.js';

describe('prefersRunZip', () => {
  it('reads the zip in auto mode once at least two jobs and a quarter of the attempt are wanted', () => {
    expect(prefersRunZip('auto', 1, 1)).toBe(false);
    expect(prefersRunZip('auto', 1, 20)).toBe(false);
    expect(prefersRunZip('auto', 4, 20)).toBe(false);
    expect(prefersRunZip('auto', 5, 20)).toBe(true);
    expect(prefersRunZip('auto', 100, 120)).toBe(true);
  });

  it('follows a forced choice, and never downloads a zip for no job', () => {
    expect(prefersRunZip('zip', 1, 50)).toBe(true);
    expect(prefersRunZip('zip', 0, 50)).toBe(false);
    expect(prefersRunZip('jobs', 50, 50)).toBe(false);
  });
});

describe('matchZipEntries', () => {
  const job = (id: number, name: string): { id: number; name: string } => ({ id, name });

  it('matches names with the characters GitHub drops from file names, and ignores step files', () => {
    const entries = ['0_build  linux.txt', 'build  linux/1_Set up job.txt', '1_e2e chrome.txt', '2_lint.txt', 'lint/2_Run eslint.txt'];
    const matches = matchZipEntries(entries, [job(1, 'build / linux'), job(2, 'e2e: chrome'), job(3, 'lint')]);
    expect(Object.fromEntries(matches)).toEqual({ 1: '0_build  linux.txt', 2: '1_e2e chrome.txt', 3: '2_lint.txt' });
  });

  it('never gives a wanted job the log of an unwanted job with the same name', () => {
    // A matrix with an explicit `name: Test`: four jobs, one failed; GitHub numbers the repeats.
    const all = [job(11, 'Test'), job(12, 'Test'), job(13, 'Test'), job(14, 'Test'), job(15, 'lint')];
    const entries = ['0_Test.txt', '1_Test (1).txt', '2_Test (2).txt', '3_Test (3).txt', '4_lint.txt'];
    expect(Object.fromEntries(matchZipEntries(entries, [all[2]!, all[4]!], all))).toEqual({ 15: '4_lint.txt' });
    // Even when only the wanted job is known, a numbered entry shows that its name repeats.
    expect([...matchZipEntries(['0_shard.txt', '1_shard (1).txt'], [job(2, 'shard')]).keys()]).toEqual([]);
    // "a/b" and "ab" both become "ab".
    expect([...matchZipEntries(['0_ab.txt', '1_ab (1).txt'], [job(1, 'a/b')], [job(1, 'a/b'), job(2, 'ab')]).keys()]).toEqual([]);
  });

  it('leaves out names that are empty, may be cut from a longer one, or may be a numbered repeat', () => {
    expect([...matchZipEntries(['0_ .txt', '1_.txt'], [job(1, '/')]).keys()]).toEqual([]);
    const all = [job(1, 'ci / build'), job(2, 'ci / build-docs'), job(3, 'test (1)'), job(4, 'test')];
    const entries = ['0_ci  build.txt', '1_ci  build-docs.txt', '2_test (1).txt', '3_test.txt'];
    expect(Object.fromEntries(matchZipEntries(entries, all.slice(0, 3), all))).toEqual({ 2: '1_ci  build-docs.txt' });
    // A matrix's own "(n)" names are fine when no job is named without it.
    const matrix = [job(5, 'test (1)'), job(6, 'test (2)'), job(7, 'test (10)')];
    expect(matchZipEntries(['0_test (1).txt', '1_test (2).txt', '2_test (10).txt'], matrix).size).toBe(3);
  });

  it('leaves out jobs it cannot match for sure: repeated names, deduplicated or cut entries, lookalikes', () => {
    const entries = ['1_test.txt', '1_test (1).txt', '2_a-very-long-job-name-that-github-cut.txt', '3_deploy.txt', '4_deploy.txt'];
    const matches = matchZipEntries(entries, [
      job(1, 'test'),
      job(2, 'test'), // same name twice: which entry is whose is unknowable
      job(3, 'a-very-long-job-name-that-github-cut-short-in-the-zip'),
      job(4, 'deploy'), // two entries with its name
      job(5, 'test 1'), // not "test (1)"
    ]);
    expect([...matches.keys()]).toEqual([]);
  });
});

describe('collect through the run-log zip', () => {
  let fake: FakeGitHub;
  let dir: string;
  const ts = '2024-05-01T10:02:00.0000000Z';

  function scenario(): ScenarioInput {
    return {
      token: TOKEN,
      repos: [{
        owner: 'octo',
        name: 'app',
        runs: [{
          id: 90,
          jobs: [
            { id: 901, name: 'build / linux', conclusion: 'failure', log: `${ts} export GH_TOKEN=${PLANTED.pat}\n${ts} ##[error]Process completed with exit code 1.\n` },
            { id: 902, name: 'test: unit', conclusion: 'failure', logBytes: 200_000, log: `${ts} FAIL src/app.test.ts\n` },
            { id: 903, name: 'shard', conclusion: 'failure', log: `${ts} shard A failed\n` },
            { id: 904, name: 'shard', conclusion: 'failure', log: `${ts} shard B failed\n` },
            { id: 905, name: 'docs', conclusion: 'failure', log: `${ts} docs failed\n`, logStatus: 410 },
            { id: 906, name: 'lint', conclusion: 'success', log: `${ts} lint ok\n` },
          ],
        }],
      }],
    };
  }

  async function start(faults: FaultRule[] = [], input: ScenarioInput = scenario()): Promise<void> {
    fake = await startFakeGitHub({ scenario: input, faults });
  }

  function options(overrides: Partial<CollectOptions> = {}): CollectOptions & { logger: RecordingLogger } {
    return {
      token: TOKEN,
      repository: 'octo/app',
      apiUrl: fake.url,
      runId: 90,
      outDir: join(dir, 'out'),
      workspace: dir,
      maxLogBytes: 1_000_000,
      client: { retryBaseMs: 5, jitterMs: 5, rateLimitUnitMs: 10, timeoutMs: 2000 },
      ...overrides,
      logger: new RecordingLogger(),
    };
  }

  function via(result: Awaited<ReturnType<typeof collect>>): Record<number, string | undefined> {
    const logs = result.manifest.files.filter((file) => file.role === 'job-log');
    return Object.fromEntries(logs.map((file) => [file.jobId, file.status === 'ok' ? file.via : `missing: ${file.problem?.reason}`]));
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prodfix-run-zip-'));
  });
  afterEach(async () => {
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads most logs from one zip, redacted, and fetches only the ones it cannot match', async () => {
    await start();
    const result = await collect(options());
    expect(via(result)).toEqual({ 901: 'run-log-zip', 902: 'run-log-zip', 903: 'job-logs', 904: 'job-logs', 905: 'missing: expired' });
    const counts = fake.routeCounts();
    expect(counts.downloadAttemptLogs).toBe(1);
    expect(counts.runLogZipContent).toBe(1);
    expect(counts.downloadJobLogs).toBe(3); // the two "shard" jobs and docs, whose log is not in the zip
    expect(fake.logHostRequestsWithAuthorization()).toEqual([]);

    const build = await readFile(join(result.dir, 'runs/90-1/build-linux/log.txt'), 'utf8');
    expect(build).toBe(`${ts} export GH_TOKEN=[REDACTED:github-token]\n${ts} ##[error]Process completed with exit code 1.\n`);
    const unit = result.manifest.files.find((file) => file.jobId === 902 && file.role === 'job-log');
    expect(unit?.size).toBeGreaterThan(200_000);
    expect(await readFile(join(result.dir, unit?.path ?? ''), 'utf8')).toMatch(/FAIL src\/app\.test\.ts\n$/);
    const shards = await Promise.all(['shard', 'shard-2'].map((slug) => readFile(join(result.dir, `runs/90-1/${slug}/log.txt`), 'utf8')));
    expect(shards.sort()).toEqual([`${ts} shard A failed\n`, `${ts} shard B failed\n`]);
    expect(manifestErrors(result.manifest)).toEqual([]);
    expect(result.manifest.files.find((file) => file.jobId === 901 && file.role === 'job-log')?.redactions).toEqual({ 'github-token': 1 });
  });

  it('falls back to one download per job when the zip has expired', async () => {
    const input = scenario();
    const run = input.repos[0]?.runs?.[0];
    if (run) run.logsStatus = 410;
    await start([], input);
    const opts = options();
    const result = await collect(opts);
    expect(via(result)).toEqual({ 901: 'job-logs', 902: 'job-logs', 903: 'job-logs', 904: 'job-logs', 905: 'missing: expired' });
    expect(opts.logger.text('info')).toMatch(/log zip of run 90 attempt 1 could not be used \(GitHub answered 410 Gone.*\); fetching its 5 job logs one by one/);
  });

  it('retries the zip on a failing log host', async () => {
    await start([{ kind: 'status', status: 503, route: 'runLogZipContent', server: 'logs', times: 1 }]);
    const result = await collect(options());
    expect(via(result)[901]).toBe('run-log-zip');
    expect(fake.routeCounts().runLogZipContent).toBe(2);
  });

  it('fetches per job when the zip is larger than max-log-bytes, and records a log too big inside it', async () => {
    await start();
    const small = await collect(options({ maxLogBytes: 100_000, outDir: join(dir, 'small') }));
    // The zip (about 2 KB deflated) fits; the 200 KB log inside it does not.
    expect(via(small)).toMatchObject({ 901: 'run-log-zip', 902: 'missing: too-big' });
    const tiny = await collect(options({ maxLogBytes: 500, outDir: join(dir, 'tiny') }));
    expect(via(tiny)).toMatchObject({ 901: 'job-logs', 902: 'missing: too-big' });
  });

  it('fetches the failed shard of a matrix named alike by itself, never from a passing shard\'s entry', async () => {
    const shards = [1, 2, 3, 4].map((n) => ({ id: 950 + n, name: 'Test', conclusion: n === 3 ? 'failure' : 'success', log: `${ts} shard ${n} ${n === 3 ? 'failed' : 'passed'}\n` }));
    const lint = { id: 960, name: 'lint', conclusion: 'failure', log: `${ts} lint failed\n` };
    await start([], { token: TOKEN, repos: [{ owner: 'octo', name: 'app', runs: [{ id: 95, jobs: [...shards, lint] }] }] });
    const result = await collect(options({ runId: 95 }));
    expect(via(result)).toEqual({ 953: 'job-logs', 960: 'run-log-zip' });
    const failed = result.manifest.files.find((file) => file.jobId === 953 && file.role === 'job-log');
    expect(await readFile(join(result.dir, failed?.path ?? ''), 'utf8')).toBe(`${ts} shard 3 failed\n`);
  });

  it('drops a download that stalls mid-body and tries again', async () => {
    await start([{ kind: 'stall', route: 'runLogZipContent', server: 'logs', times: 1 }]);
    const result = await collect(options({ client: { retryBaseMs: 5, jitterMs: 5, rateLimitUnitMs: 10, timeoutMs: 300 } }));
    expect(via(result)[901]).toBe('run-log-zip');
    expect(fake.routeCounts().runLogZipContent).toBe(2);
  });

  it('uses the job-logs endpoint only when told to', async () => {
    await start();
    const result = await collect(options({ logSource: 'jobs' }));
    expect(fake.routeCounts().downloadAttemptLogs).toBeUndefined();
    expect(via(result)[901]).toBe('job-logs');
  });
});
