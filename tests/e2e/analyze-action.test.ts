/**
 * The analyze-failures action end to end: its committed bundle run as a subprocess with the
 * runner's environment, on the example logs and on real-log fixtures.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../packages/core/src/report/model.js';
import { REPO_ROOT, makeWorkspace, runAction, type ActionRun, type WorkflowCommand } from '../helpers/run-action.js';

const ACTION = 'analyze-failures';
const EXAMPLES = join(REPO_ROOT, 'tests', 'fixtures', 'action-logs');
const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'logs');

const schema = JSON.parse(await readFile(join(REPO_ROOT, 'packages', 'core', 'schema', 'report.schema.json'), 'utf8')) as object;
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

async function readReport(run: ActionRun): Promise<Report> {
  return JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as Report;
}

/** Annotations the action added for causes (they carry a title; failure messages don't). */
function annotations(run: ActionRun): WorkflowCommand[] {
  return run.commands.filter((c) => (c.command === 'error' || c.command === 'warning') && c.properties.title);
}

function failures(run: ActionRun): WorkflowCommand[] {
  return run.commands.filter((c) => c.command === 'error' && !c.properties.title);
}

/** Runs the action in a fresh workspace holding the example logs at the default `path`. */
/** The example logs in a workspace that also holds the checkout's file the tsc error names. */
async function runOnExamples(inputs: Record<string, string> = {}, { checkout = true } = {}): Promise<ActionRun> {
  const workspace = await makeWorkspace();
  await cp(EXAMPLES, join(workspace, 'prodfix-logs'), { recursive: true });
  if (checkout) {
    await mkdir(join(workspace, 'src', 'cart'), { recursive: true });
    await writeFile(join(workspace, 'src', 'cart', 'coupon.ts'), 'export const coupon = 1;\n');
  }
  return runAction(ACTION, { inputs, workspace });
}

describe('analyze-failures bundle', () => {
  let examples: ActionRun;
  beforeAll(async () => {
    examples = await runOnExamples();
  });

  it('explains the example logs with every input left at its default', async () => {
    expect(examples.stderr).toBe('');
    expect(examples.exitCode).toBe(0);
    expect(examples.outputs).toMatchObject({
      'failed-jobs': '2',
      'top-category': 'test-assertion',
      'report-path': join(examples.workspace, 'prodfix-report.json'),
      'summary-path': join(examples.workspace, 'prodfix-report.md'),
      intermittent: '[]',
    });
    expect(JSON.parse(examples.outputs.categories as string)).toEqual({ compilation: 1, 'test-assertion': 1 });
    expect(examples.outputs['first-cause']).toMatch(/^src\/cart\/coupon\.ts:18:7 - error TS2322: Type 'string \| undefined' is not assignable/);
  });

  it('writes a JSON report that follows the schema and agrees with the outputs', async () => {
    const report = await readReport(examples);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.files.map((file) => [file.path, file.status])).toEqual([
      ['prodfix-logs/shop-api.log', 'unknown'],
      ['prodfix-logs/shop-build-tsc.log', 'failed'],
      ['prodfix-logs/svgo-jest.log', 'failed'],
    ]);
    expect(JSON.stringify(report.categories)).toBe(examples.outputs.categories);
  });

  it('writes the job summary, and the same Markdown to summary-path', async () => {
    expect(examples.summary).toContain('**Verdict:** 2 failed jobs');
    expect(examples.summary).toContain('| `prodfix-logs/shop-build-tsc.log` | failed | compilation |');
    expect(examples.summary).toContain('```mermaid\nxychart-beta');
    expect(await readFile(examples.outputs['summary-path'] as string, 'utf8')).toBe(examples.summary);
  });

  it('annotates each top cause, at the source line when the log names one', () => {
    const added = annotations(examples);
    expect(added.map((a) => [a.command, a.properties.title, a.properties.file, a.properties.line])).toEqual([
      ['error', 'compilation: prodfix-logs/shop-build-tsc.log', 'src/cart/coupon.ts', '18'],
      ['error', 'test-assertion: prodfix-logs/svgo-jest.log', undefined, undefined],
    ]);
    expect(added[1]?.message).toContain("expect(stdout).toEqual('<svg/>');");
  });

  it('puts an annotation on the job, not a file, when the file is not in the checkout', async () => {
    const run = await runOnExamples({}, { checkout: false });
    const added = annotations(run);
    expect(added.map((a) => [a.properties.title, a.properties.file, a.properties.line])).toEqual([
      ['compilation: prodfix-logs/shop-build-tsc.log', undefined, undefined],
      ['test-assertion: prodfix-logs/svgo-jest.log', undefined, undefined],
    ]);
  });

  it('adds no more annotations than max-annotations', async () => {
    const run = await runOnExamples({ 'max-annotations': '1' });
    expect(run.exitCode).toBe(0);
    expect(annotations(run)).toHaveLength(1);
  });

  it('fails the step when fail-on names a class that failed, and not otherwise', async () => {
    const matched = await runOnExamples({ 'fail-on': 'network, compilation' });
    expect(matched.exitCode).toBe(1);
    expect(failures(matched).map((c) => c.message)).toEqual([
      'fail-on (network, compilation) matched 1 failed job(s): prodfix-logs/shop-build-tsc.log',
    ]);
    expect(matched.outputs['failed-jobs']).toBe('2');

    const unmatched = await runOnExamples({ 'fail-on': 'network\ntimeout' });
    expect(unmatched.exitCode).toBe(0);
    expect((await runOnExamples({ 'fail-on': 'any' })).exitCode).toBe(1);
  });

  it('reports a missing path in one line, without a stack', async () => {
    const run = await runAction(ACTION, { inputs: { path: 'no-such-logs' } });
    expect(run.exitCode).toBe(1);
    const [failure, ...others] = failures(run);
    expect(others).toEqual([]);
    expect(failure?.message).toMatch(/no-such-logs/);
    expect(failure?.message).not.toContain('\n');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });

  it('rejects an unknown fail-on value, listing the allowed ones', async () => {
    const run = await runAction(ACTION, { inputs: { path: EXAMPLES, 'fail-on': 'flaky' } });
    expect(run.exitCode).toBe(1);
    expect(failures(run).map((c) => c.message)).toEqual([
      'Input "fail-on": unknown value "flaky"; allowed values: none, any, test-assertion, compilation, lint-format, dependency, network, rate-limit, timeout, out-of-memory, disk-full, crash, deadlock, race-condition, permission-auth, missing-config, infrastructure, unknown',
    ]);
    expect(run.outputs).toEqual({});
  });

  it('rejects a max-annotations that is not a number from 0 to 50', async () => {
    const run = await runAction(ACTION, { inputs: { path: EXAMPLES, 'max-annotations': '99' } });
    expect(run.exitCode).toBe(1);
    expect(failures(run)[0]?.message).toBe('Input "max-annotations" must be a whole number from 0 to 50, got "99"');
  });

  it('finds the labelled error lines of a real terraform go test failure, given its passing run as baseline', async () => {
    const run = await runAction(ACTION, {
      inputs: {
        path: join(FIXTURES, 'cidiff', 'terraform-go-test.fail.log'),
        baseline: join(FIXTURES, 'cidiff', 'terraform-go-test.pass.log'),
      },
    });
    expect(run.exitCode).toBe(0);
    const report = await readReport(run);
    expect(validateReport(report)).toBe(true);
    const top = report.files[0]?.failures[0];
    // The dataset labels lines 608-639 of the failing log as the error.
    expect(top && top.startLine <= 639 && top.endLine >= 608).toBe(true);
    expect(run.outputs['failed-jobs']).toBe('1');
    expect(run.outputs['first-cause']).toBe(top?.title);
  });

  it('reads a folder of real logs and a glob in one path input', async () => {
    const run = await runAction(ACTION, {
      inputs: { path: `${join(FIXTURES, 'bugswarm')}\n${join(FIXTURES, 'cidiff')}/*.fail.log` },
    });
    expect(run.exitCode).toBe(0);
    const report = await readReport(run);
    const statuses = Object.fromEntries(report.files.map((file) => [file.path.split('/').at(-1), file.status]));
    expect(statuses).toMatchObject({
      'jest-2320994299.log': 'failed',
      'nose-2477898638.log': 'failed',
      'gradle-passing-2556516385.log': 'passed',
      'terraform-go-test.fail.log': 'failed',
    });
    expect(Number(run.outputs['failed-jobs'])).toBe(report.files.filter((file) => file.status === 'failed').length);
  });

  it('starts quickly on a trivial input (printed, not asserted tightly)', async () => {
    const run = await runAction(ACTION, { inputs: { path: join(EXAMPLES, 'svgo-jest.log') } });
    expect(run.exitCode).toBe(0);
    console.log(`analyze-failures cold start on one small log: ${run.durationMs.toFixed(0)} ms`);
    expect(run.durationMs).toBeLessThan(15_000);
  });
});
