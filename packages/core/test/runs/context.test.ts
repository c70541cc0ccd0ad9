import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSource } from '../../src/input/source.js';
import { RecordingLogger } from '../../src/logger.js';
import { loadRunContexts } from '../../src/runs/context.js';
import { missingFileNotesOf } from '../../src/runs/collect-manifest.js';
import { RUN_FIXTURES, diskSource } from './helpers.js';

const DATE_NIGHT = 'date-night/workflow-error-logs/ci-tests';
const DATE_NIGHT_LOGS = [
  `${DATE_NIGHT}/2026-01-05_9100000101/unit--20-x-/logs.txt`,
  `${DATE_NIGHT}/2026-01-05_9100000202/e2e--20-x-/logs.txt`,
  `${DATE_NIGHT}/2026-01-06_9100000303/unit--20-x-/logs.txt`,
  `${DATE_NIGHT}/2026-01-07_9100000404/unit--20-x-/logs.txt`,
  `${DATE_NIGHT}/2026-01-08_9100000505/unit--20-x-/logs.txt`,
];

async function fixtureSources(relativePaths: string[]): Promise<LogSource[]> {
  return Promise.all(relativePaths.map((p) => diskSource(path.join(RUN_FIXTURES, p), p)));
}

function runJson(id: number, attempt: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    name: 'Nightly',
    path: '.github/workflows/nightly.yml',
    run_number: 12,
    run_attempt: attempt,
    event: 'schedule',
    head_branch: 'main',
    head_sha: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
    conclusion: 'failure',
    html_url: `https://github.com/acme/widgets/actions/runs/${id}`,
    repository: { full_name: 'acme/widgets' },
    ...extra,
  });
}

function jobObject(id: number, runId: number, name: string, conclusion: string | null = 'failure'): Record<string, unknown> {
  return {
    id,
    run_id: runId,
    run_attempt: 1,
    name,
    workflow_name: 'Nightly',
    head_sha: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
    html_url: `https://github.com/acme/widgets/actions/runs/${runId}/job/${id}`,
    status: 'completed',
    conclusion,
    steps: [{ name: 'Set up job', number: 1, conclusion: 'success' }],
  };
}

describe('loadRunContexts on the date-night layout', () => {
  it('gives every log its run and job from metadata.json, jobs.json and job-metadata.json', async () => {
    const sources = await fixtureSources(DATE_NIGHT_LOGS);
    const logger = new RecordingLogger();
    const index = await loadRunContexts(sources, logger, { cwd: RUN_FIXTURES });

    const [first, second] = sources;
    expect(first!.context).toEqual({
      runId: 9100000101,
      runAttempt: 1,
      workflow: 'CI Tests',
      workflowPath: '.github/workflows/ci-tests.yml',
      event: 'push',
      branch: 'main',
      headSha: '3f1c2a9e8b7d6c5f4e3a2b1c0d9e8f7a6b5c4d3e',
      repository: 'example-org/shop-app',
      htmlUrl: 'https://github.com/example-org/shop-app/actions/runs/9100000101/job/29100000111',
      jobId: 29100000111,
      jobName: 'unit (20.x)',
      jobConclusion: 'failure',
      createdAt: '2026-01-05T10:00:00Z',
    });
    expect(second!.context).toMatchObject({ runId: 9100000202, event: 'workflow_dispatch', jobName: 'e2e (20.x)', jobId: 29100000223 });
    for (const source of sources) {
      expect(String(source.context?.runId)).toBe(/_(\d+)\//.exec(source.path)?.[1]);
    }

    expect(index.runIds()).toEqual([9100000101, 9100000202, 9100000303, 9100000404, 9100000505]);
    const firstRunJobs = index.jobs(9100000101).map((job) => [job.name, job.conclusion]);
    expect(firstRunJobs).toEqual([
      ['unit (20.x)', 'failure'],
      ['lint (20.x)', 'success'],
      ['e2e (20.x)', 'success'],
    ]);
    expect(index.attempts(9100000202)).toHaveLength(1);
    expect(index.jobs(9100000101)[0]!.steps.map((step) => step.name)).toContain('Run unit tests');
  });

  it('skips malformed JSON with a debug line and keeps the good objects of the same folder', async () => {
    const sources = await fixtureSources([DATE_NIGHT_LOGS[1]!]);
    const logger = new RecordingLogger();
    await loadRunContexts(sources, logger, { cwd: RUN_FIXTURES });
    expect(logger.text('debug')).toMatch(/skipped .*notes\.json: .*JSON/);
    expect(logger.text('warning')).toBe('');
    expect(logger.text('debug')).toMatch(/skipped .*summary\.json/);
    expect(sources[0]!.context?.jobName).toBe('e2e (20.x)');
  });
});

describe('loadRunContexts on the collect-logs layout', () => {
  it('reads run.json and job.json per attempt, keeps both attempts, and marks the baseline run the manifest lists', async () => {
    const paths = [
      'collect-logs/runs/9200000001-1/build/log.txt',
      'collect-logs/runs/9200000001-2/build/log.txt',
      'collect-logs/baseline/9199999990-1/build/log.txt',
    ];
    const sources = await fixtureSources(paths);
    const index = await loadRunContexts(sources, new RecordingLogger(), { cwd: RUN_FIXTURES });
    expect(sources.map((s) => [s.context?.runId, s.context?.runAttempt, s.context?.jobConclusion, s.context?.branch, s.context?.baseline])).toEqual([
      [9200000001, 1, 'failure', 'release/2.4', undefined],
      [9200000001, 2, 'success', 'release/2.4', undefined],
      [9199999990, 1, 'success', 'release/2.4', true],
    ]);
    expect(index.attempts(9200000001).map((run) => [run.attempt, run.conclusion])).toEqual([
      [1, 'failure'],
      [2, 'success'],
    ]);
    expect(index.jobs(9200000001).map((job) => job.id)).toEqual([39200000011, 39200000012]);
    expect(index.runIds()).toEqual([9199999990, 9200000001]);
  });

  it('accepts absolute source paths', async () => {
    const file = path.join(RUN_FIXTURES, 'collect-logs/runs/9200000001-2/build/log.txt');
    const source = await diskSource(file);
    await loadRunContexts([source], new RecordingLogger());
    expect(source.context?.jobId).toBe(39200000012);
  });
});

describe('loadRunContexts on other shapes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'prodfix-runs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('matches logs in a flat folder by file name, job name, job id, and leaves a run-only context otherwise', async () => {
    const flat = path.join(dir, 'flat');
    await mkdir(flat, { recursive: true });
    await writeFile(path.join(flat, 'run.json'), runJson(555000111, 1));
    const jobs = [jobObject(40100000001, 555000111, 'Build (linux, x64)'), jobObject(40100000002, 555000111, 'test', 'success'), jobObject(40100000003, 555000111, 'docs')];
    await writeFile(path.join(flat, 'jobs.json'), JSON.stringify({ total_count: 3, jobs }));
    await writeFile(path.join(flat, 'deploy.json'), JSON.stringify(jobObject(40100000004, 555000111, 'Deploy to staging')));
    const names = ['build-linux-x64.log', '40100000003.log', 'deploy.log', 'misc.log'];
    for (const name of names) await writeFile(path.join(flat, name), 'log line\n');
    const sources = await Promise.all(names.map((name) => diskSource(path.join(flat, name))));

    const index = await loadRunContexts(sources, new RecordingLogger());

    expect(sources.map((s) => s.context?.jobName)).toEqual(['Build (linux, x64)', 'docs', 'Deploy to staging', undefined]);
    expect(sources[3]!.context).toMatchObject({ runId: 555000111, workflow: 'Nightly', repository: 'acme/widgets' });
    expect(index.jobs(555000111).map((job) => job.id)).toEqual([40100000001, 40100000002, 40100000003, 40100000004]);
  });

  it('looks beside the zip for entries of a run-log zip (`N_<job>.txt`)', async () => {
    const zipDir = path.join(dir, 'zipped');
    await mkdir(zipDir, { recursive: true });
    await writeFile(path.join(zipDir, 'run.json'), runJson(555000222, 2));
    await writeFile(path.join(zipDir, 'jobs.json'), JSON.stringify({ jobs: [jobObject(8001, 555000222, 'lint'), jobObject(8002, 555000222, 'unit tests')] }));
    await writeFile(path.join(zipDir, 'logs_555000222.zip'), 'PK');
    const source: LogSource = { path: path.join(zipDir, 'logs_555000222.zip!1_unit tests.txt'), size: 10, open: async () => [] };
    await loadRunContexts([source], new RecordingLogger());
    expect(source.context).toMatchObject({ runId: 555000222, jobId: 8002, jobName: 'unit tests' });
  });

  it('survives hostile JSON: oversized, deeply nested, wrong shapes, prototype keys', async () => {
    const hostile = path.join(dir, 'hostile', 'job-folder');
    await mkdir(hostile, { recursive: true });
    const padded = { ...jobObject(9001, 555000333, 'padded'), padding: 'x'.repeat(5_000) };
    await writeFile(path.join(hostile, 'big.json'), JSON.stringify(padded));
    await writeFile(path.join(hostile, 'deep.json'), '['.repeat(200_000) + ']'.repeat(200_000));
    await writeFile(path.join(hostile, 'numbers.json'), '[1, 2, 3]');
    await writeFile(path.join(hostile, 'ids-as-text.json'), JSON.stringify({ ...jobObject(9002, 555000333, 'text ids'), id: '9002' }));
    await writeFile(
      path.join(hostile, 'job.json'),
      '{"__proto__": {"polluted": true}, ' + JSON.stringify(jobObject(9003, 555000333, 'real\u0007 job\nname')).slice(1),
    );
    await writeFile(path.join(hostile, 'log.txt'), 'x\n');
    const source = await diskSource(path.join(hostile, 'log.txt'));
    const logger = new RecordingLogger();

    const index = await loadRunContexts([source], logger, { limits: { maxJsonBytes: 4_096 } });

    expect(source.context).toMatchObject({ jobId: 9003, jobName: 'real  job name', runId: 555000333 });
    expect(index.jobs(555000333).map((job) => job.id)).toEqual([9003]);
    expect(logger.text('debug')).toMatch(/skipped .*big\.json: \d+ bytes is over the 4096-byte cap/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('marks a baseline from the files a collect-logs manifest lists, and ignores manifests of other tools', async () => {
    const out = path.join(dir, 'collected');
    const jobDir = path.join(out, 'runs', '555000444-1', 'lint');
    await mkdir(jobDir, { recursive: true });
    await writeFile(path.join(jobDir, 'job.json'), JSON.stringify(jobObject(9101, 555000444, 'lint', 'success')));
    await writeFile(path.join(jobDir, 'log.txt'), 'ok\n');
    const manifest = { schemaVersion: 1, tool: { name: 'prodfix-collect', version: '0.1.0' }, runs: [{ dir: 42 }], files: [{ path: 'runs/555000444-1/lint/log.txt', baseline: true }] };
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest));
    const source = await diskSource(path.join(jobDir, 'log.txt'));
    await loadRunContexts([source], new RecordingLogger());
    expect(source.context).toMatchObject({ jobId: 9101, baseline: true });

    await writeFile(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, tool: { name: 'other-collector' } }));
    const again = await diskSource(path.join(jobDir, 'log.txt'));
    await loadRunContexts([again], new RecordingLogger());
    expect(again.context?.jobId).toBe(9101);
    expect(again.context?.baseline).toBeUndefined();
  });

  it('notes once each file a collect-logs manifest lists as missing, as untrusted text', async () => {
    const out = path.join(dir, 'with-missing');
    const jobDir = path.join(out, 'runs', '7-1', 'build');
    await mkdir(jobDir, { recursive: true });
    await writeFile(path.join(jobDir, 'job.json'), JSON.stringify(jobObject(71, 7, 'build', 'failure')));
    await writeFile(path.join(jobDir, 'log.txt'), 'error: boom\n');
    await writeFile(path.join(jobDir, 'other.log'), 'more\n');
    const manifest = {
      schemaVersion: 1,
      tool: { name: 'prodfix-collect', version: '0.1.0' },
      runs: [],
      files: [
        { path: 'runs/7-1/build/log.txt', role: 'job-log', status: 'ok' },
        { path: 'runs/7-1/deploy/log.txt', role: 'job-log', status: 'missing', jobName: 'deploy / eu', runId: 7, attempt: 1, problem: { reason: 'expired', message: 'GitHub answered 410 Gone' } },
        { path: 'logs/app.log', role: 'app-log', status: 'missing', problem: { reason: 'too-big', message: { not: 'a string' } } },
      ],
    };
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest));
    const index = await loadRunContexts([await diskSource(path.join(jobDir, 'log.txt')), await diskSource(path.join(jobDir, 'other.log'))], new RecordingLogger());
    expect(index.notes).toEqual([
      'Log of job "deploy / eu" (run 7, attempt 1) was not collected: expired, GitHub answered 410 Gone',
      'File logs/app.log was not collected: too-big, ?',
    ]);
  });

  it('keeps manifest notes short, printable and unique, with a count of the rest', async () => {
    const files = [
      ...Array.from({ length: 3 }, () => ({ role: 'job-log', status: 'missing', jobName: 'dup', runId: 1, attempt: 1, problem: { reason: 'expired', message: 'gone' } })),
      { role: 'job-log', status: 'missing', jobName: `ctrl \u001b[31mRED\u0007 ${'x'.repeat(500)}`, runId: 1, attempt: 1, problem: { reason: 'expired', message: 'gone' } },
      ...Array.from({ length: 60 }, (_, i) => ({ role: 'job-log', status: 'missing', jobName: `job ${i}`, runId: 1, attempt: 1, problem: { reason: 'expired', message: 'gone' } })),
    ];
    const notes = missingFileNotesOf({ tool: { name: 'prodfix-collect' }, runs: [], files }) ?? [];
    expect(notes).toHaveLength(51);
    expect(notes.filter((note) => note.includes('"dup"'))).toHaveLength(1);
    expect(notes[1]).toMatch(/^Log of job "ctrl {2}\[31mRED {2}x+…" \(run 1, attempt 1\)/);
    expect(notes[1]!.length).toBeLessThan(300);
    expect(notes[50]).toBe('…and 12 more files the manifest lists as not collected');
  });

  it('keeps context fields the source already had, and ignores sources that are not on disk', async () => {
    const file = path.join(RUN_FIXTURES, 'collect-logs/runs/9200000001-1/build/log.txt');
    const given = await diskSource(file);
    given.context = { baseline: true, jobName: 'named by caller' };
    const missing: LogSource = { path: path.join(dir, 'nowhere', 'x.log'), size: 0, open: async () => [] };
    const logger = new RecordingLogger();
    await loadRunContexts([given, missing], logger);
    expect(given.context).toMatchObject({ baseline: true, jobName: 'named by caller', jobId: 39200000011, runId: 9200000001 });
    expect(missing.context).toBeUndefined();
  });

  it('handles 10,000 logs sharing 100 run folders quickly', async () => {
    const root = path.join(dir, 'many');
    const sources: LogSource[] = [];
    for (let run = 0; run < 100; run++) {
      const runId = 600_000_000 + run;
      const runDir = path.join(root, `${runId}-1`);
      await mkdir(runDir, { recursive: true });
      await writeFile(path.join(runDir, 'run.json'), runJson(runId, 1));
      const jobs = Array.from({ length: 100 }, (_, job) => jobObject(runId * 1000 + job, runId, `shard ${job} (linux)`));
      await writeFile(path.join(runDir, 'jobs.json'), JSON.stringify({ total_count: jobs.length, jobs }));
      await writeFile(path.join(runDir, 'logs.zip'), 'PK');
      for (let job = 0; job < 100; job++) {
        sources.push({ path: path.join(runDir, `logs.zip!${job}_shard ${job} (linux).txt`), size: 2, open: async () => [] });
      }
    }
    const logger = new RecordingLogger();
    const started = performance.now();
    const index = await loadRunContexts(sources, logger);
    const elapsed = performance.now() - started;

    const expectedJobId = (source: LogSource): number => {
      const [, runId, job] = /(\d{9})-1[\\/]logs\.zip!(\d+)_/.exec(source.path)!;
      return Number(runId) * 1000 + Number(job);
    };
    expect(sources.filter((s) => s.context?.jobId === expectedJobId(s))).toHaveLength(10_000);
    expect(index.runIds()).toHaveLength(100);
    expect(index.allJobs()).toHaveLength(10_000);
    expect(logger.text('debug')).toContain('10000 of 10000 logs have run/job JSON beside them; 100 runs known');
    expect(elapsed).toBeLessThan(10_000);
  });
});
