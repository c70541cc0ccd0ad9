// Runs the BUNDLED action (dist/index.js) as the runner would, against the fake GitHub API,
// log host and artifact service, with faults injected and secrets planted; then opens the
// uploaded zip. Build the bundle first: `node scripts/bundle.mjs collect-logs`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../../../tests/fake-github/artifact-service.mjs';
import { startFakeGitHub, type FakeGitHub, type ScenarioInput } from '../../../tests/fake-github/server.mjs';
import { readZipEntries } from '../../../tests/fake-github/zip-entries.mjs';
import { Input } from '../src/constants.js';
import { inputEnv, parseOutputFile } from './action-env.js';

const BUNDLE = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const TOKEN = 'ghs_e2etoken00000000000000000000000000000';
const PLANTED = ['ghp_E2EplantedE2EplantedE2Eplanted123456', 'AKIAE2EPLANTED234567', 'e2e-Passw0rd!', 'given-e2e-secret-99', 'E2EPrivateKeyBody'];
const ts = '2024-05-01T10:02:00.0000000Z';

function scenario(): ScenarioInput {
  return {
    token: TOKEN,
    repos: [
      {
        owner: 'octo',
        name: 'app',
        runs: [
          { id: 40, createdAt: '2024-04-30T10:00:00Z', jobs: [{ id: 401, name: 'build', log: `${ts} ok\n` }] },
          {
            id: 50,
            createdAt: '2024-05-01T10:00:00Z',
            jobs: [
              {
                id: 501,
                name: 'build',
                conclusion: 'failure',
                log: [
                  `${ts} export GH_TOKEN=${PLANTED[0]}`,
                  `${ts} key ${PLANTED[1]}`,
                  `${ts} mysql -u root --password=${PLANTED[2]}`,
                  `${ts} echo ${PLANTED[3]} ${TOKEN}`,
                  `${ts} -----BEGIN PRIVATE KEY-----`,
                  `${ts} ${PLANTED[4]}0123456789`,
                  `${ts} -----END PRIVATE KEY-----`,
                  `${ts} ##[error]Process completed with exit code 1.`,
                  '',
                ].join('\n'),
              },
              { id: 502, name: 'deploy / eu', conclusion: 'failure', logStatus: 410 },
            ],
          },
        ],
      },
      { owner: 'octo', name: 'locked', forbidden: true, runs: [{ id: 70, jobs: [{ id: 701, name: 'x', conclusion: 'failure' }] }] },
    ],
  };
}

let github: FakeGitHub;
let artifacts: FakeArtifactService;
let dir: string;
let run: { code: number | null; stdout: string; outputs: Record<string, string>; summary: string };

function runBundle(env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

/** Runs the bundle once with the runner environment and these inputs over the defaults. */
async function runAction(name: string, inputs: Partial<Record<Input, string>>): Promise<typeof run> {
  const workspace = join(dir, name);
  await mkdir(join(workspace, 'logs'), { recursive: true });
  await writeFile(join(workspace, 'logs', 'server.log'), `ERROR login failed, token=${PLANTED[0]}\n`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: '900',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_OUTPUT: join(dir, `${name}-output.txt`),
    GITHUB_STEP_SUMMARY: join(dir, `${name}-summary.md`),
    ACTIONS_RESULTS_URL: artifacts.url,
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken('ce7f54c7-61c7-4aae-887f-30da475f5f1a', 'ca395085-040a-526b-2ce8-bdc85f692774'),
    ...inputEnv({ [Input.Token]: TOKEN, [Input.Repository]: 'octo/app', ...inputs }),
  };
  await writeFile(env.GITHUB_OUTPUT!, '');
  await writeFile(env.GITHUB_STEP_SUMMARY!, '');
  const result = await runBundle(env);
  return {
    ...result,
    outputs: parseOutputFile(await readFile(env.GITHUB_OUTPUT!, 'utf8')),
    summary: await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('build the bundle first: node scripts/bundle.mjs collect-logs');
  github = await startFakeGitHub({
    scenario: scenario(),
    faults: [
      { kind: 'status', status: 500, route: 'getRun', times: 1 },
      { kind: 'status', status: 503, server: 'logs', times: 1 },
    ],
  });
  artifacts = await startFakeArtifactService();
  dir = await mkdtemp(join(tmpdir(), 'collect-e2e-'));
  await writeFile(join(dir, 'event.json'), JSON.stringify({ action: 'completed', workflow_run: { id: 50 } }));
  run = await runAction('first', {
    [Input.Baseline]: 'true',
    [Input.AppLogs]: 'logs/*.log',
    [Input.Secrets]: PLANTED[3],
    [Input.RetentionDays]: '2',
  });
}, 120_000);

afterAll(async () => {
  await github?.close();
  await artifacts?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled collect-logs action', () => {
  it('succeeds, retrying the injected faults, and sets its outputs', () => {
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.outputs).toMatchObject({ runs: '2', jobs: '2', missing: '1', 'artifact-id': String(artifacts.artifacts['prodfix-logs']?.id) });
    expect(run.outputs['artifact-url']).toMatch(/^https:\/\/github\.com\/octo\/app\/actions\/runs\/900\/artifacts\/\d+$/);
    expect(Number(run.outputs.redactions)).toBeGreaterThanOrEqual(6);
    expect(run.stdout).toMatch(/::warning::Missing log of job "deploy \/ eu".*410/);
    // Both jobs of run 50 failed, so their logs come from its zip: the log host's injected 503 hits the zip, which is retried.
    expect(github.requests.filter((r) => r.fault).map((r) => r.route)).toEqual(['getRun', 'runLogZipContent']);
    // One job log alone each: "deploy / eu" (not in the zip: expired) and the baseline run's single job.
    expect(github.routeCounts()).toMatchObject({ runLogZipContent: 2, downloadJobLogs: 2 });
    expect(github.logHostRequestsWithAuthorization()).toEqual([]);
  });

  it('uploads a zip with the logs, manifest and summary, and no planted secret in it', async () => {
    const stored = artifacts.artifacts['prodfix-logs'];
    expect(stored?.finalized).toBe(true);
    const entries = await readZipEntries(stored?.zip ?? Buffer.alloc(0));
    expect(entries.map((e) => e.name).sort()).toEqual([
      'analysis_summary.txt',
      'app-logs/logs/server.log',
      'baseline/40-1/build/job.json',
      'baseline/40-1/build/log.txt',
      'baseline/40-1/run.json',
      'manifest.json',
      'runs/50-1/build/job.json',
      'runs/50-1/build/log.txt',
      'runs/50-1/deploy-eu/job.json',
      'runs/50-1/run.json',
    ]);
    for (const entry of entries) {
      const text = entry.data.toString('utf8');
      for (const secret of [...PLANTED, TOKEN]) expect(text.includes(secret), `${secret} in ${entry.name}`).toBe(false);
    }
    const log = entries.find((e) => e.name === 'runs/50-1/build/log.txt')?.data.toString('utf8') ?? '';
    expect(log).toContain('##[error]Process completed with exit code 1.');
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')?.data.toString('utf8') ?? '{}');
    expect(manifest.files.find((f: { jobId?: number; role: string }) => f.jobId === 502 && f.role === 'job-log')?.problem?.reason).toBe('expired');
  });

  it('never prints the token except in the mask command', () => {
    const lines = run.stdout.split('\n').filter((line) => line.includes(TOKEN));
    expect(lines).toEqual([`::add-mask::${TOKEN}`]);
  });

  it('writes a job summary with the jobs, the redactions and what to run next', () => {
    expect(run.summary).toContain('collect-logs: octo/app');
    expect(run.summary).toMatch(/deploy \/ eu.*missing: expired/s);
    expect(run.summary).toContain('github-token');
    expect(run.summary).toContain('analyze-failures');
  });
});

describe('the bundled collect-logs action when things go wrong', () => {
  it('warns about a taken artifact name, keeps the folder, and fails only for fail-on-missing', async () => {
    const again = await runAction('again', { [Input.FailOnMissing]: 'true' });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/::warning::Artifact upload failed: an artifact named "prodfix-logs" already exists in this run; set a different artifact-name/);
    expect(again.stdout).toMatch(/::error::fail-on-missing: 1 file\(s\) could not be collected/);
    expect(again.outputs['artifact-id']).toBe('');
    expect(existsSync(join(again.outputs.dir ?? '', 'runs/50-1/build/log.txt'))).toBe(true);
  }, 60_000);

  it('fails with one line naming actions: read when the token may not read the runs', async () => {
    const denied = await runAction('denied', { [Input.Repository]: 'octo/locked', [Input.RunId]: '70' });
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/::error::GitHub refused reading run 70 \(403 Forbidden\): the token needs the `actions: read` permission/);
  }, 60_000);
});
