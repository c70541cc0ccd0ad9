import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FileReport, StepInfo } from '../../src/report/model.js';
import { debugEnvFor } from '../../src/runs/debug-env.js';
import { buildRecipe } from '../../src/runs/recipe.js';
import { failure, fileReport } from './helpers.js';

const CONTEXT = {
  runId: 9100000101,
  runAttempt: 1,
  workflow: 'CI Tests',
  jobName: 'unit (20.x)',
  jobId: 29100000111,
  headSha: '3f1c2a9e8b7d6c5f4e3a2b1c0d9e8f7a6b5c4d3e',
  repository: 'example-org/shop-app',
};

function step(name: string, command: string | undefined, failed = false): StepInfo {
  return { name, command, failed, startLine: 1, endLine: 2, ...(failed ? { exitCode: 1 } : {}) };
}

interface JobShape {
  test?: string;
  title?: string;
  /** The top failure's excerpt lines (default: its title). */
  excerpt?: string[];
  signals?: readonly string[];
  /** The source file the top failure points at. */
  file?: string;
  steps?: StepInfo[];
  context?: FileReport['context'];
}

/** A failed job whose step `Run tests` ran `command` and whose top failure names `test`. */
function failedJob(command: string, shape: JobShape = {}): FileReport {
  const { test, title = 'Error: something failed', excerpt, signals = [], file } = shape;
  return fileReport({
    path: 'logs/unit.log',
    context: shape.context ?? CONTEXT,
    steps: shape.steps ?? [step('Install dependencies', 'npm ci'), step('Run tests', command, true)],
    failures: [
      failure({
        title,
        lines: excerpt ?? [title],
        tests: test ? [test] : [],
        signals: [...signals],
        step: 'Run tests',
        ...(file ? { location: { file, line: 3 } } : {}),
      }),
    ],
  });
}

/** Runs `command` in bash with its program replaced by printf, and returns the arguments bash passed. */
function argumentsBashSees(command: string, program: string): string[] {
  expect(command.startsWith(`${program} `)).toBe(true);
  const script = `printf '%s\\0' ${command.slice(program.length + 1)}`;
  return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

describe('buildRecipe', () => {
  it('gives commit, job, failing step, rerun line, a jest command for `npm test`, debug env and instructions', () => {
    const recipe = buildRecipe(
      failedJob('npm test', {
        test: 'Cart › applies the discount code',
        title: '● Cart › applies the discount code',
        excerpt: ['FAIL src/cart/cart.test.ts', '  ● Cart › applies the discount code'],
        signals: ['jest-test-header'],
      }),
    );
    expect(recipe).toEqual({
      path: 'logs/unit.log',
      job: 'unit (20.x)',
      workflow: 'CI Tests',
      headSha: CONTEXT.headSha,
      runId: 9100000101,
      step: 'Run tests',
      command: 'npm test',
      rerun: 'gh run rerun 9100000101 --failed --repo example-org/shop-app',
      local: "npx jest src/cart/cart.test.ts -t 'Cart applies the discount code'",
      debugEnv: { ACTIONS_STEP_DEBUG: 'true', DEBUG: '*' },
      steps: [
        `Check out the commit the run built (workflow "CI Tests", job "unit (20.x)"): git fetch origin ${CONTEXT.headSha} && git checkout ${CONTEXT.headSha}`,
        'Install dependencies as the workflow does: npm ci',
        'Run the failing step "Run tests" as the workflow does: npm test',
        "Run only what failed, with CI behaviour and debug output: CI=true DEBUG='*' npx jest src/cart/cart.test.ts -t 'Cart applies the discount code'",
        'Or re-run the failed jobs on GitHub with runner debug logs: gh run rerun 9100000101 --failed --repo example-org/shop-app --debug',
      ],
    });
  });

  it('quotes hostile test names so the shell passes them as one plain argument', () => {
    const hostile = `x"; rm -rf / # $(touch /tmp/prodfix-pwned) \`id\` it's`;
    const recipe = buildRecipe(failedJob('npx jest', { test: `Suite › ${hostile}`, signals: ['jest-test-header'] }));
    const args = argumentsBashSees(recipe!.local!, 'npx');
    expect(args).toEqual(['jest', '-t', `Suite x"; rm -rf / # \\$\\(touch /tmp/prodfix-pwned\\) \`id\` it's`]);

    const pytest = buildRecipe(failedJob('pytest', { test: `tests/test_x.py::test_y[a'b;$(id)]` }));
    expect(argumentsBashSees(pytest!.local!, 'pytest')).toEqual([`tests/test_x.py::test_y[a'b;$(id)]`]);
  });

  it('escapes regex characters in names given to name filters', () => {
    const recipe = buildRecipe(failedJob('npx vitest run', { test: 'src/math.test.ts > sum > adds (1 + 2)', signals: ['vitest-fail'] }));
    expect(recipe!.local).toBe("npx vitest run src/math.test.ts -t 'sum adds \\(1 \\+ 2\\)'");
  });

  it.each([
    ['pytest -q', { test: 'tests/test_api.py::TestOrders::test_refund[eur]' }, "pytest 'tests/test_api.py::TestOrders::test_refund[eur]'", 'PYTHONFAULTHANDLER'],
    ['python -m unittest discover', { test: 'shop.tests.CartTest.test_totals' }, 'python -m unittest shop.tests.CartTest.test_totals', 'PYTHONFAULTHANDLER'],
    [
      'go test ./...',
      { test: 'TestPool/acquires_within_deadline', file: 'internal/pool/pool_test.go' },
      "go test -count=1 -run '^TestPool$/^acquires_within_deadline$' ./internal/pool/...",
      'GOFLAGS',
    ],
    ['go test -race ./...', { test: 'TestCheckout' }, "go test -count=1 -race -run '^TestCheckout$' ./...", 'GOTRACEBACK'],
    ['mvn -B verify', { test: 'com.shop.cart.CartServiceTest.appliesDiscount' }, "mvn '-Dtest=CartServiceTest#appliesDiscount' test", 'ACTIONS_STEP_DEBUG'],
    ['./mvnw -B verify', { test: 'com.shop.cart.CartServiceTest' }, './mvnw -Dtest=CartServiceTest test', 'ACTIONS_STEP_DEBUG'],
    ['./gradlew build', { test: 'com.shop.CartTest.totals' }, './gradlew test --tests com.shop.CartTest.totals', 'ACTIONS_STEP_DEBUG'],
    ['cargo test --locked', { test: 'pool::tests::acquires_within_deadline' }, 'cargo test pool::tests::acquires_within_deadline', 'RUST_BACKTRACE'],
    ['npm run build', { title: 'src/app.ts(3,7): error TS2322: Type "string" is not assignable', signals: ['tsc-error'] }, 'npx tsc --noEmit', 'ACTIONS_STEP_DEBUG'],
    ['npx tsc -p tsconfig.build.json', {}, 'npx tsc --noEmit -p tsconfig.build.json', 'ACTIONS_STEP_DEBUG'],
    [
      'npm test -- --watch=false',
      { title: 'Chrome Headless: Executed 12 of 40 (1 FAILED)', file: 'src/app/cart.component.spec.ts' },
      'npx ng test --watch=false --include=src/app/cart.component.spec.ts',
      'DEBUG',
    ],
    ['npx eslint .', { file: 'src/cart.ts' }, 'npx eslint src/cart.ts', 'DEBUG'],
    ['docker build -t shop .', {}, 'docker build -t shop .', 'BUILDKIT_PROGRESS'],
  ] as const)('infers a local command for `%s`', (command, fields, local, debugVariable) => {
    const recipe = buildRecipe(failedJob(command, fields));
    expect(recipe!.local).toBe(local);
    expect(recipe!.debugEnv).toHaveProperty(debugVariable);
  });

  it('falls back to the step command when no test is named, and says so only once', () => {
    const recipe = buildRecipe(failedJob('./scripts/deploy.sh staging'));
    expect(recipe!.local).toBe('./scripts/deploy.sh staging');
    expect(recipe!.steps.filter((s) => s.includes('./scripts/deploy.sh staging'))).toHaveLength(1);
    expect(recipe!.debugEnv).toEqual({ ACTIONS_STEP_DEBUG: 'true' });
  });

  it('leaves out what is not known, and never puts an odd repository name into the rerun line', () => {
    const bare = buildRecipe(fileReport({ path: 'build.log', failures: [failure({ title: 'make: *** [all] Error 2' })] }));
    expect(bare).toMatchObject({ path: 'build.log', debugEnv: { ACTIONS_STEP_DEBUG: 'true' } });
    expect(bare!.rerun).toBeUndefined();
    expect(bare!.local).toBeUndefined();
    expect(bare!.steps).toEqual([
      'Check out the commit the run built; it is not recorded beside this log',
      'Install dependencies as the workflow does',
    ]);

    const odd = buildRecipe(failedJob('npm test', { context: { ...CONTEXT, repository: 'acme/widgets; rm -rf /' } }));
    expect(odd!.rerun).toBe('gh run rerun 9100000101 --failed');
  });

  it('does not tell to install first when installing is what failed', () => {
    const recipe = buildRecipe(
      fileReport({ path: 'install.log', context: CONTEXT, steps: [step('Install dependencies', 'npm ci', true)], failures: [failure({ title: 'npm error code ERESOLVE' })] }),
    );
    expect(recipe!.steps).toEqual([
      expect.stringMatching(/^Check out the commit the run built/),
      'Run the failing step "Install dependencies" as the workflow does: npm ci',
      'Or re-run the failed jobs on GitHub with runner debug logs: gh run rerun 9100000101 --failed --repo example-org/shop-app --debug',
    ]);
  });

  it('picks the failed step the top failure is in', () => {
    const file = failedJob('npm test', {
      steps: [step('Lint', 'npx eslint .', true), step('Install dependencies', 'pip install -r requirements.txt'), step('Run tests', 'pytest', true)],
      test: 'tests/test_cart.py::test_total',
    });
    const recipe = buildRecipe(file);
    expect(recipe).toMatchObject({ step: 'Run tests', command: 'pytest', local: 'pytest tests/test_cart.py::test_total' });
    expect(recipe!.steps[1]).toBe('Install dependencies as the workflow does: pip install -r requirements.txt');
  });

  it('gives no recipe for a job that did not fail', () => {
    expect(buildRecipe(fileReport({ path: 'ok.log', status: 'passed' }))).toBeUndefined();
    expect(buildRecipe(fileReport({ path: 'stop.log', status: 'cancelled' }))).toBeUndefined();
  });
});

describe('debug variables', () => {
  it('offers ACTIONS_STEP_DEBUG only for logs from GitHub Actions', () => {
    expect(debugEnvFor('go')).toMatchObject({ ACTIONS_STEP_DEBUG: 'true', GOTRACEBACK: 'all' });
    expect(debugEnvFor('go', false)).toEqual({ GOFLAGS: '-v', GOTRACEBACK: 'all' });
  });
});
