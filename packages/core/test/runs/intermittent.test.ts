import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingLogger } from '../../src/logger.js';
import type { FileReport, JobStatus } from '../../src/report/model.js';
import { loadRunContexts } from '../../src/runs/context.js';
import type { JobRecord, RunRecord } from '../../src/runs/github-objects.js';
import { WHOLE_RUN, findIntermittent } from '../../src/runs/intermittent.js';
import { RunIndex } from '../../src/runs/run-index.js';
import { RUN_FIXTURES, diskSource, failure, fileReport } from './helpers.js';

const CI = 'date-night/workflow-error-logs/ci-tests';
/** The fixture logs, with the status and top failure the analysis would report for each. */
const FIXTURE_LOGS: { path: string; status: JobStatus; title?: string; category?: 'test-assertion' | 'network' }[] = [
  { path: `${CI}/2026-01-05_9100000101/unit--20-x-/logs.txt`, status: 'failed', title: '● Cart › applies the discount code', category: 'test-assertion' },
  { path: `${CI}/2026-01-05_9100000202/e2e--20-x-/logs.txt`, status: 'failed', title: 'Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:4200/', category: 'network' },
  { path: `${CI}/2026-01-06_9100000303/unit--20-x-/logs.txt`, status: 'failed', title: '● Cart › totals the basket', category: 'test-assertion' },
  { path: `${CI}/2026-01-07_9100000404/unit--20-x-/logs.txt`, status: 'failed', title: '● Cart › applies the discount code', category: 'test-assertion' },
  { path: `${CI}/2026-01-08_9100000505/unit--20-x-/logs.txt`, status: 'failed', title: '● Cart › totals the basket', category: 'test-assertion' },
  { path: 'collect-logs/runs/9200000001-1/build/log.txt', status: 'failed', title: 'test pool::tests::acquires_within_deadline ... FAILED', category: 'test-assertion' },
  { path: 'collect-logs/runs/9200000001-2/build/log.txt', status: 'passed' },
];

async function analysedFixtures(): Promise<{ files: FileReport[]; index: RunIndex }> {
  const sources = await Promise.all(FIXTURE_LOGS.map((log) => diskSource(path.join(RUN_FIXTURES, log.path), log.path)));
  const index = await loadRunContexts(sources, new RecordingLogger(), { cwd: RUN_FIXTURES });
  const files = FIXTURE_LOGS.map((log, i) =>
    fileReport({
      path: log.path,
      status: log.status,
      context: sources[i]!.context,
      failures: log.title ? [failure({ title: log.title, category: log.category })] : [],
    }),
  );
  return { files, index };
}

function run(id: number, attempt: number, conclusion: string, extra: Partial<RunRecord> = {}): RunRecord {
  return { id, attempt, conclusion, workflow: 'Release', headSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', ...extra };
}

function job(id: number, runId: number, attempt: number, name: string, conclusion: string, extra: Partial<JobRecord> = {}): JobRecord {
  return { id, runId, runAttempt: attempt, name, conclusion, workflow: 'Release', headSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', steps: [], ...extra };
}

describe('findIntermittent on the fixture runs', () => {
  let fixtures: { files: FileReport[]; index: RunIndex };
  beforeAll(async () => {
    fixtures = await analysedFixtures();
  });

  it('flags same-commit flips (also from jobs without a log), a passing re-run and alternating signatures', () => {
    const flags = findIntermittent(fixtures.files, fixtures.index);
    expect(flags.map((f) => [f.workflow, f.job, f.reason, f.runs])).toEqual([
      ['Build', 'build', 'passed-on-rerun', [9200000001]],
      ['CI Tests', 'e2e (20.x)', 'failed-and-passed-on-same-commit', [9100000101, 9100000202]],
      ['CI Tests', 'unit (20.x)', 'failed-and-passed-on-same-commit', [9100000101, 9100000202]],
      ['CI Tests', 'unit (20.x)', 'alternating-signature', [9100000101, 9100000303, 9100000404, 9100000505]],
    ]);
    const [rerun, e2e, unitSameCommit, unitAlternating] = flags;
    expect(rerun!.detail).toBe('"build" in "Build" failed on attempt 1 of run 9200000001 and passed on re-run attempt 2');
    expect(rerun!.paths).toEqual(['collect-logs/runs/9200000001-1/build/log.txt', 'collect-logs/runs/9200000001-2/build/log.txt']);
    expect(rerun!.headSha).toBe('c0ffee00d15ea5e5c0ffee00d15ea5e5c0ffee00');
    // The unit job passed in run 9100000202: only its jobs.json says so, there is no log of it.
    expect(unitSameCommit!.detail).toBe('"unit (20.x)" in "CI Tests" failed once and passed once on commit 3f1c2a9: same code, different outcome');
    expect(unitSameCommit!.paths).toEqual([FIXTURE_LOGS[0]!.path]);
    expect(e2e!.paths).toEqual([FIXTURE_LOGS[1]!.path]);
    expect(unitAlternating!.detail).toBe(
      '"unit (20.x)" in "CI Tests" switched back and forth between "test-assertion: ● Cart › applies the discount code" (×2) ' +
        'and "test-assertion: ● Cart › totals the basket" (×2) over 4 failed runs',
    );
    expect(unitAlternating!.paths).toEqual([0, 2, 3, 4].map((i) => FIXTURE_LOGS[i]!.path));
  });

  it('gives the same answer whatever the order of the files', () => {
    const expected = findIntermittent(fixtures.files, fixtures.index);
    const reversed = findIntermittent([...fixtures.files].reverse(), fixtures.index);
    const rotated = findIntermittent([...fixtures.files.slice(3), ...fixtures.files.slice(0, 3)], fixtures.index);
    expect(reversed).toEqual(expected);
    expect(rotated).toEqual(expected);
  });

  it('uses the signature function it is given', () => {
    const flags = findIntermittent(fixtures.files, fixtures.index, (file) => file.failures[0]?.category);
    expect(flags.filter((f) => f.reason === 'alternating-signature')).toEqual([]);
  });
});

describe('findIntermittent rules', () => {
  it('does not call a change of error (A, A, B, B) alternating, only a return (A, A, B, B, A)', () => {
    const index = new RunIndex();
    const files: FileReport[] = [];
    const addFailure = (i: number, title: string, category: 'timeout' | 'dependency'): void => {
      index.addJob(job(100 + i, 10 + i, 1, 'unit', 'failure', { headSha: `${i}`.repeat(40) }));
      files.push(
        fileReport({
          path: `run-${i}/unit.log`,
          failures: [failure({ title, category })],
          context: { runId: 10 + i, runAttempt: 1, jobId: 100 + i, jobName: 'unit', workflow: 'Release' },
        }),
      );
    };
    addFailure(0, 'Timeout of 5000ms exceeded', 'timeout');
    addFailure(1, 'Timeout of 7000ms exceeded', 'timeout');
    addFailure(2, 'Cannot find module ./cart', 'dependency');
    addFailure(3, 'Cannot find module ./cart', 'dependency');
    expect(findIntermittent(files, index)).toEqual([]);

    addFailure(4, 'Timeout of 9000ms exceeded', 'timeout');
    const flags = findIntermittent(files, index);
    expect(flags.map((f) => [f.reason, f.runs])).toEqual([['alternating-signature', [10, 11, 12, 13, 14]]]);
    expect(flags[0]!.detail).toBe(
      '"unit" in "Release" switched back and forth between "timeout: Timeout of <DUR> exceeded" (×3) and ' +
        '"dependency: Cannot find module <PATH>" (×2) over 5 failed runs',
    );
  });

  it('does not flag a job that fails in many one-off ways', () => {
    const index = new RunIndex();
    const titles = ['Error A', 'Error B', 'Error C', 'Error A', 'Error D'];
    const files = titles.map((title, i) => {
      index.addJob(job(200 + i, 20 + i, 1, 'e2e', 'failure', { headSha: `${i}`.repeat(40) }));
      return fileReport({ path: `r${i}/e2e.log`, failures: [failure({ title })], context: { runId: 20 + i, runAttempt: 1, jobId: 200 + i, jobName: 'e2e' } });
    });
    expect(findIntermittent(files, index)).toEqual([]);
  });

  it('counts a job as passed on re-run when the later attempt of the whole run succeeded', () => {
    const index = new RunIndex();
    index.addRun(run(50, 1, 'failure'));
    index.addRun(run(50, 2, 'success'));
    index.addJob(job(501, 50, 1, 'deploy', 'failure'));
    const flags = findIntermittent([], index);
    expect(flags).toEqual([
      {
        workflow: 'Release',
        job: 'deploy',
        headSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        reason: 'passed-on-rerun',
        detail: '"deploy" in "Release" failed on attempt 1 of run 50 and passed on re-run attempt 2',
        runs: [50],
        paths: [],
      },
    ]);
  });

  it('flags the whole run when only run objects show the failed and successful attempts', () => {
    const index = new RunIndex();
    index.addRun(run(60, 1, 'failure'));
    index.addRun(run(60, 3, 'success'));
    const flags = findIntermittent([], index);
    expect(flags.map((f) => [f.job, f.reason, f.detail])).toEqual([
      [WHOLE_RUN, 'passed-on-rerun', 'run 60 of "Release" failed on attempt 1 and succeeded on re-run attempt 3'],
    ]);
  });

  it('ignores cancelled and unfinished jobs, jobs without a commit, and logs without a job name', () => {
    const index = new RunIndex();
    index.addJob(job(701, 70, 1, 'e2e', 'failure'));
    index.addJob(job(702, 71, 1, 'e2e', 'cancelled'));
    index.addJob(job(703, 72, 1, 'e2e', 'in_progress'));
    index.addJob(job(704, 73, 1, 'lint', 'failure', { headSha: undefined }));
    index.addJob(job(705, 74, 1, 'lint', 'success', { headSha: undefined }));
    const unnamed = fileReport({ path: 'x.log', status: 'passed', context: { runId: 75, headSha: 'a'.repeat(40), workflow: 'Release' } });
    expect(findIntermittent([unnamed], index)).toEqual([]);
  });

  it("takes a log's status when its job has no final conclusion, and the API's conclusion over the log's otherwise", () => {
    const index = new RunIndex();
    index.addJob(job(801, 80, 1, 'unit', 'failure'));
    index.addJob(job(802, 81, 1, 'unit', 'in_progress'));
    const passedLog = fileReport({ path: 'b/unit.log', status: 'passed', context: { runId: 81, runAttempt: 1, jobId: 802, jobName: 'unit' } });
    expect(findIntermittent([passedLog], index).map((f) => f.reason)).toEqual(['failed-and-passed-on-same-commit']);

    const cancelledIndex = new RunIndex();
    cancelledIndex.addJob(job(901, 90, 1, 'unit', 'failure'));
    cancelledIndex.addJob(job(902, 91, 1, 'unit', 'cancelled'));
    const looksPassed = fileReport({ path: 'c/unit.log', status: 'passed', context: { runId: 91, runAttempt: 1, jobId: 902, jobName: 'unit' } });
    expect(findIntermittent([looksPassed], cancelledIndex)).toEqual([]);
  });
});
