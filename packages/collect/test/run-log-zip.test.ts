import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordingLogger } from '@prodfix/core';
import { startFakeGitHub, type FakeGitHub, type FaultRule, type ScenarioInput } from '../../../tests/fake-github/server.mjs';
import { collect, type CollectOptions } from '../src/index.js';
import { matchZipEntries, prefersRunZip } from '../src/run-log-zip.js';
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

  it('uses the job-logs endpoint only when told to', async () => {
    await start();
    const result = await collect(options({ logSource: 'jobs' }));
    expect(fake.routeCounts().downloadAttemptLogs).toBeUndefined();
    expect(via(result)[901]).toBe('job-logs');
  });
});
