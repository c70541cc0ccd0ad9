/**
 * The chain collect → analyze end to end, from the committed bundles: collect-logs runs as a
 * subprocess with the runner's environment against the fake GitHub API, log host and artifact
 * service (a 500, an expired log and a secondary rate limit injected; secrets planted in the
 * logs), then analyze-failures runs on the folder it wrote. Also analyze-failures' own
 * `run-id` path, which collects through the same code.
 * Build the bundles first: `node scripts/bundle.mjs collect-logs analyze-failures`.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../packages/core/src/report/model.js';
import { makeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../fake-github/artifact-service.mjs';
import { startFakeGitHub, type FakeGitHub, type ScenarioInput } from '../fake-github/server.mjs';
import { readZipEntries } from '../fake-github/zip-entries.mjs';
import { makeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'ghs_chaintoken000000000000000000000000000';
const GITHUB_PAT = 'ghp_ChainPlanted0ChainPlanted0ChainPl4nt';
const AWS_KEY = 'AKIACHAINPLANTED2345';
const PEM_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjChainPlantedKeyBody';
/** A Shopify token: only the maintained rule set (secretlint) knows this format. */
const SHOPIFY_TOKEN = 'shpat_0123456789abcdefChainPlanted0000';
const PLANTED = [GITHUB_PAT, AWS_KEY, PEM_BODY, SHOPIFY_TOKEN, TOKEN];
const ts = (second: number): string => `2024-05-01T10:02:${String(second).padStart(2, '0')}.1234567Z`;

/** A jest failure as a runner job log (written for this test), with secrets an env dump leaked. */
const JEST_LOG = [
  '##[group]Run npm test',
  'npm test',
  '##[endgroup]',
  `GH_TOKEN=${GITHUB_PAT}`,
  `AWS_ACCESS_KEY_ID=${AWS_KEY}`,
  `SHOPIFY_ADMIN=${SHOPIFY_TOKEN}`,
  '-----BEGIN RSA PRIVATE KEY-----',
  PEM_BODY,
  'c2Vjb25kIGxpbmUgb2YgdGhlIGtleQ==',
  '-----END RSA PRIVATE KEY-----',
  '',
  '> shop@1.0.0 test',
  '> jest --ci',
  '',
  'PASS src/cart/items.test.ts',
  'FAIL src/cart/total.test.ts',
  '  ● cart total › applies the discount code',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 90',
  '    Received: 100',
  '',
  '      12 |     const cart = newCart([item(100)]);',
  "      13 |     applyDiscount(cart, 'SAVE10');",
  '    > 14 |     expect(total(cart)).toBe(90);',
  '         |                         ^',
  '',
  '      at Object.<anonymous> (src/cart/total.test.ts:14:25)',
  '',
  'Test Suites: 1 failed, 1 passed, 2 total',
  'Tests:       1 failed, 41 passed, 42 total',
  '##[error]Process completed with exit code 1.',
]
  .map((line, i) => `${ts(i % 60)} ${line}`)
  .join('\n');

function scenario(): ScenarioInput {
  return {
    token: TOKEN,
    repos: [
      {
        owner: 'acme',
        name: 'shop',
        runs: [
          {
            id: 50,
            headSha: '1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e',
            jobs: [
              { id: 501, name: 'test (node 20)', conclusion: 'failure', log: `${JEST_LOG}\n` },
              { id: 502, name: 'deploy / eu', conclusion: 'failure', logStatus: 410 },
              { id: 503, name: 'lint', conclusion: 'success', log: `${ts(1)} ok\n` },
            ],
          },
        ],
      },
    ],
  };
}

let github: FakeGitHub;
let artifacts: FakeArtifactService;
let collected: ActionRun;
let analysed: ActionRun;

function expectNoSecret(text: string, where: string): void {
  for (const secret of PLANTED) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
}

beforeAll(async () => {
  github = await startFakeGitHub({
    scenario: scenario(),
    faults: [
      { kind: 'status', status: 500, route: 'getRun', times: 1 },
      { kind: 'secondary-rate-limit', route: ['listJobs', 'listAttemptJobs'], retryAfter: 1, times: 1 },
    ],
  });
  artifacts = await startFakeArtifactService();
  const workspace = await makeWorkspace();
  collected = await runAction('collect-logs', {
    workspace,
    inputs: { token: TOKEN, repository: 'acme/shop', 'api-url': github.url, 'run-id': '50' },
    env: { ACTIONS_RESULTS_URL: artifacts.url, ACTIONS_RUNTIME_TOKEN: makeRuntimeToken('chain-run', 'chain-job') },
    timeoutMs: 90_000,
  });
  analysed = await runAction('analyze-failures', {
    workspace,
    inputs: { path: collected.outputs.dir ?? '', token: '', repository: 'acme/shop', 'api-url': '' },
  });
}, 150_000);

afterAll(async () => {
  await github?.close();
  await artifacts?.close();
});

describe('collect-logs then analyze-failures, from the bundles', () => {
  it('collects through the injected faults and reports the expired log', () => {
    expect(collected.exitCode, collected.stdout + collected.stderr).toBe(0);
    const faults = github.requests.filter((r) => r.fault).map((r) => `${r.route}:${r.status}`);
    expect(faults).toHaveLength(2);
    expect(faults[0]).toBe('getRun:500');
    expect(faults[1]).toMatch(/^list(Attempt)?Jobs:403$/);
    expect(collected.outputs).toMatchObject({ runs: '1', jobs: '1', missing: '1' });
    expect(collected.stdout).toMatch(/::warning::Missing log of job "deploy \/ eu".*410/);
    expect(Number(collected.outputs.redactions)).toBeGreaterThanOrEqual(3);
    expect(github.logHostRequestsWithAuthorization()).toEqual([]);
  });

  it('names the jest failure of the failed job', async () => {
    expect(analysed.exitCode, analysed.stdout + analysed.stderr).toBe(0);
    expect(analysed.outputs['failed-jobs']).toBe('1');
    expect(analysed.outputs['top-category']).toBe('test-assertion');
    const report = JSON.parse(await readFile(analysed.outputs['report-path'] ?? '', 'utf8')) as Report;
    const failed = report.files.filter((file) => file.status === 'failed');
    expect(failed.map((file) => file.context?.jobName)).toEqual(['test (node 20)']);
    expect(failed[0]?.failedTests.join('\n')).toContain('applies the discount code');
    const top = failed[0]?.failures[0];
    expect(top?.lines.join('\n')).toMatch(/Expected: 90[\s\S]*Received: 100/);
    expect(failed[0]?.context?.runId).toBe(50);
  });

  it('reports the log that could not be collected in the report, the summary and a warning', async () => {
    const report = JSON.parse(await readFile(analysed.outputs['report-path'] ?? '', 'utf8')) as Report;
    const note = 'Log of job "deploy / eu" (run 50, attempt 1) was not collected: expired';
    expect(report.notes.some((n) => n.startsWith(note))).toBe(true);
    expect(analysed.summary).toContain('deploy / eu');
    expect(analysed.commands.some((c) => c.command === 'warning' && c.message.startsWith(note))).toBe(true);
  });

  it('leaves no planted secret in the artifact, the report, the summary or the output', async () => {
    const stored = artifacts.artifacts['prodfix-logs'];
    expect(stored?.finalized).toBe(true);
    const entries = await readZipEntries(stored?.zip ?? Buffer.alloc(0));
    expect(entries.map((e) => e.name)).toContain('runs/50-1/test-node-20/log.txt');
    for (const entry of entries) expectNoSecret(entry.data.toString('utf8'), `artifact ${entry.name}`);
    expectNoSecret(await readFile(analysed.outputs['report-path'] ?? '', 'utf8'), 'the JSON report');
    expectNoSecret(await readFile(analysed.outputs['summary-path'] ?? '', 'utf8'), 'the summary file');
    expectNoSecret(analysed.summary, 'the job summary');
    expectNoSecret(analysed.stdout + analysed.stderr, 'analyze-failures output');
    const printed = (collected.stdout + collected.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expectNoSecret(printed.join('\n'), 'collect-logs output');
  });
});

describe('analyze-failures with run-id', () => {
  it('collects the run with the same code into RUNNER_TEMP when path names nothing, then analyses it', async () => {
    github.resetRecording();
    const run = await runAction('analyze-failures', {
      workspace: await makeWorkspace(),
      inputs: { 'run-id': '50', token: TOKEN, repository: 'acme/shop', 'api-url': github.url },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['failed-jobs']).toBe('1');
    expect(run.outputs['first-cause']).not.toBe('');
    expect(run.stdout).toMatch(new RegExp(`Collected into ${run.runnerTemp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/prodfix-run-50-`));
    expect(run.commands.some((c) => c.command === 'warning' && /deploy \/ eu.*expired/.test(c.message))).toBe(true);
    // Both jobs failed, so their logs come from the attempt's zip; "deploy / eu" is not in it
    // (expired) and is asked for alone, which answers 410.
    expect(github.routeCounts()).toMatchObject({ getRun: 1, downloadAttemptLogs: 1, runLogZipContent: 1, downloadJobLogs: 1 });
    const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expectNoSecret(printed.join('\n') + run.stderr + run.summary, 'analyze-failures run-id output');
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  });

  it('analyses an existing path and does not collect', async () => {
    github.resetRecording();
    const run = await runAction('analyze-failures', {
      workspace: await makeWorkspace(),
      inputs: { path: collected.outputs.dir ?? '', 'run-id': '50', token: TOKEN, repository: 'acme/shop', 'api-url': github.url },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('"path" exists, so it is analysed and "run-id" (50) is not collected.');
    expect(github.requests).toEqual([]);
  });
});
