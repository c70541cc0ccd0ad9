import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../../tests/fake-github/server.mjs';
import { main } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const TOKEN = 'ghs_clicollect00000000000000000000000000000';
const ts = '2024-05-01T10:02:00.0000000Z';
const GO_LOG = [
  '##[group]Run go test ./...',
  'go test ./...',
  '##[endgroup]',
  '--- FAIL: TestParseDuration (0.00s)',
  '    duration_test.go:31: ParseDuration("90m") = 1h0m0s, want 1h30m0s',
  'FAIL',
  'FAIL\texample.com/timeutil\t0.012s',
  'ok  \texample.com/strutil\t0.004s',
  '##[error]Process completed with exit code 1.',
]
  .map((line) => `${ts} ${line}`)
  .join('\n');

let github: FakeGitHub;
let cwd: string;

beforeAll(async () => {
  github = await startFakeGitHub({
    scenario: {
      token: TOKEN,
      repos: [{
        owner: 'octo',
        name: 'app',
        runs: [
          { id: 77, jobs: [{ id: 771, name: 'go test', conclusion: 'failure', log: `${GO_LOG}\n` }] },
          { id: 78, createdAt: '2024-04-01T10:00:00Z', jobs: [{ id: 781, name: 'deploy', conclusion: 'failure', log: `${ts} connecting as corp-user with corp-internal-9f8e7d\n${ts} ticket TKT-123456 failed\n` }] },
        ],
      }],
    },
  });
  cwd = await mkdtemp(join(tmpdir(), 'prodfix-cli-collect-'));
});

afterAll(async () => {
  await github?.close();
});

describe('prodfix collect', () => {
  it('collects a run with the token from GH_TOKEN, then prodfix analyze explains it', async () => {
    const io = fakeIo({ cwd, env: { GH_TOKEN: TOKEN, GITHUB_API_URL: github.url } });
    const code = await main(['collect', '--repo', 'octo/app', '--run-id', '77', '--out', 'run-77'], io);
    expect(code, io.stderr.text).toBe(0);
    expect(io.stdout.text).toMatch(/^Collected 1 run attempt\(s\), 1 job log\(s\), \d+ bytes into .*run-77 \(0 missing, 0 redaction\(s\)\)\.\nNext: prodfix analyze run-77\n$/);
    expect(`${io.stdout.text}${io.stderr.text}`).not.toContain(TOKEN);
    const manifest = JSON.parse(await readFile(join(cwd, 'run-77', 'manifest.json'), 'utf8')) as { runs: { id: number }[] };
    expect(manifest.runs.map((run) => run.id)).toEqual([77]);

    const analysis = fakeIo({ cwd });
    expect(await main(['analyze', 'run-77', '--json', '-'], analysis)).toBe(0);
    const report = JSON.parse(analysis.stdout.text) as { files: { status: string; failedTests: string[]; context?: { jobName?: string } }[] };
    const failed = report.files.filter((file) => file.status === 'failed');
    expect(failed.map((file) => file.context?.jobName)).toEqual(['go test']);
    expect(failed[0]?.failedTests).toContain('TestParseDuration');
  });

  it('takes --api-url over GITHUB_API_URL and GITHUB_TOKEN when GH_TOKEN is unset', async () => {
    const io = fakeIo({ cwd, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'http://127.0.0.1:9' } });
    expect(await main(['collect', '--repo', 'octo/app', '--workflow', 'ci.yml', '--limit', '1', '--api-url', github.url, '--out', 'listed'], io), io.stderr.text).toBe(0);
    expect(io.stdout.text).toContain('Collected 1 run attempt(s)');
  });

  it('fails with one line and exit code 2 when no token is set', async () => {
    const io = fakeIo({ cwd, env: {} });
    expect(await main(['collect', '--repo', 'octo/app', '--run-id', '77', '--out', 'x'], io)).toBe(2);
    expect(io.stderr.text).toBe("prodfix: no token: set GH_TOKEN or GITHUB_TOKEN to a token that may read the repository's Actions (actions: read)\n");
  });

  it.each([
    [['--run-id', '77', '--out', 'x'], 'prodfix: --repo OWNER/NAME is required (see --help)\n'],
    [['--repo', 'octo/app', '--run-id', '77'], 'prodfix: --out DIR is required: the folder to write the logs into\n'],
    [['--repo', 'octo/app', '--run-id', 'last', '--out', 'x'], 'prodfix: --run-id must be a run id (digits), got "last"\n'],
  ])('rejects %j with one line', async (args, message) => {
    const io = fakeIo({ cwd, env: { GH_TOKEN: TOKEN } });
    expect(await main(['collect', ...args], io)).toBe(2);
    expect(io.stderr.text).toBe(message);
  });

  it('redacts the values of --secret-env variables and --redact-pattern matches, never taking a value on the command line', async () => {
    const io = fakeIo({ cwd, env: { GH_TOKEN: TOKEN, GITHUB_API_URL: github.url, DEPLOY_PASSWORD: 'corp-internal-9f8e7d' } });
    const args = ['collect', '--repo', 'octo/app', '--run-id', '78', '--secret-env', 'DEPLOY_PASSWORD', '--redact-pattern', 'TKT-(?<secret>\\d+)', '--out', 'run-78'];
    expect(await main(args, io), io.stderr.text).toBe(0);
    const log = await readFile(join(cwd, 'run-78', 'runs', '78-1', 'deploy', 'log.txt'), 'utf8');
    expect(log).toBe(`${ts} connecting as corp-user with [REDACTED:secret-value]\n${ts} ticket TKT-[REDACTED:custom] failed\n`);

    const unset = fakeIo({ cwd, env: { GH_TOKEN: TOKEN } });
    expect(await main(['collect', '--repo', 'octo/app', '--run-id', '78', '--secret-env', 'NOT_SET', '--out', 'y'], unset)).toBe(2);
    expect(unset.stderr.text).toBe('prodfix: --secret-env NOT_SET: that environment variable is not set or is empty\n');
    const value = fakeIo({ cwd, env: { GH_TOKEN: TOKEN } });
    expect(await main(['collect', '--repo', 'octo/app', '--run-id', '78', '--secret-env', 'hunter2!', '--out', 'y'], value)).toBe(2);
    expect(value.stderr.text).toMatch(/^prodfix: --secret-env takes the NAME of an environment variable/);
  });

  it('is listed in prodfix --help', async () => {
    const io = fakeIo({ cwd });
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout.text).toMatch(/^ {2}collect +download failed jobs' logs from GitHub/m);
  });
});
