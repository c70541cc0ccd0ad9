/** Hand-made reports for the report tests: one with every field set, one full of hostile text. */
import type { FileReport, Report } from '../../src/report/model.js';

/** Every property required, all the way down (arrays and records included). */
type DeepRequired<T> = T extends (infer U)[]
  ? DeepRequired<U>[]
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<T[K]> }
    : T;

const excerpt = [
  '##[group]Run npm test',
  ' FAIL  src/cart.test.ts > cart > applies the discount',
  'AssertionError: expected 90 to be 81 // Object.is equality',
  ' ❯ src/cart.test.ts:42:19',
  '##[error]Process completed with exit code 1.',
];

/** A report with every optional field present, so the schema sees each property (`categories` is a partial map by design). */
export function fullReport(): Omit<DeepRequired<Report>, 'categories'> & Pick<Report, 'categories'> {
  return {
    version: 1,
    tool: { name: 'prodfix', version: '0.1.0' },
    generatedAt: '2024-05-06T09:50:14.120Z',
    verdict: '1 of 2 jobs failed: test-assertion in test (ubuntu-latest)',
    files: [
      {
        path: 'logs/run-42/test.txt',
        format: 'github-raw',
        status: 'failed',
        statusReason: '##[error]Process completed with exit code 1.',
        lines: 120,
        bytes: 8000,
        steps: [{ name: 'Run npm test', startLine: 80, endLine: 110, command: 'npm test', exitCode: 1, failed: true }],
        failures: [
          {
            rank: 1,
            startLine: 96,
            endLine: 100,
            lines: excerpt,
            errorLine: 98,
            title: 'AssertionError: expected 90 to be 81 // Object.is equality',
            category: 'test-assertion',
            confidence: 0.92,
            tests: ['cart > applies the discount'],
            step: 'Run npm test',
            location: { file: '/home/runner/work/shop/shop/src/cart.test.ts', line: 42, column: 19 },
            signals: ['vitest-fail', 'assertion-error'],
          },
        ],
        failedTests: ['cart > applies the discount'],
        classification: {
          category: 'test-assertion',
          confidence: 0.92,
          evidence: [{ line: 98, text: 'AssertionError: expected 90 to be 81 // Object.is equality' }],
          recommendation: 'Read the assertion and the test; reproduce it locally with the recipe below.',
        },
        context: {
          runId: 42,
          runAttempt: 1,
          workflow: 'CI',
          workflowPath: '.github/workflows/ci.yml',
          event: 'push',
          branch: 'main',
          headSha: '0123456789abcdef0123456789abcdef01234567',
          repository: 'acme/shop',
          htmlUrl: 'https://github.com/acme/shop/actions/runs/42',
          jobId: 4242,
          jobName: 'test (ubuntu-latest)',
          jobConclusion: 'failure',
          createdAt: '2024-05-06T09:48:00Z',
          baseline: false,
        },
        notes: [],
      },
    ],
    categories: { 'test-assertion': 1 },
    patterns: [
      {
        template: 'AssertionError: expected <NUM> to be <NUM>',
        count: 3,
        examples: [{ line: 98, text: 'AssertionError: expected 90 to be 81' }],
        files: [{ path: 'logs/run-42/test.txt', line: 98 }],
        runs: [42],
        fileCount: 1,
        runCount: 1,
        category: 'test-assertion',
      },
    ],
    intermittent: [
      {
        workflow: 'CI',
        job: 'test (ubuntu-latest)',
        headSha: '0123456789abcdef0123456789abcdef01234567',
        reason: 'passed-on-rerun',
        detail: 'attempt 1 failed, attempt 2 passed',
        runs: [42],
        paths: ['logs/run-42/test.txt'],
      },
    ],
    recipes: [
      {
        path: 'logs/run-42/test.txt',
        job: 'test (ubuntu-latest)',
        workflow: 'CI',
        headSha: '0123456789abcdef0123456789abcdef01234567',
        runId: 42,
        step: 'Run npm test',
        command: 'npm test',
        rerun: 'gh run rerun 42 --failed',
        local: 'npx vitest run src/cart.test.ts -t "applies the discount"',
        debugEnv: { DEBUG: 'vitest:*' },
        steps: ['git checkout 0123456789abcdef0123456789abcdef01234567', 'npm ci'],
      },
    ],
    hourHistogram: Array.from({ length: 24 }, (_, hour) => (hour === 9 ? 3 : 0)),
    stats: { files: 2, failed: 1, lines: 240, bytes: 16000, durationMs: 35 },
    notes: ['logs/notes.bin: skipped, binary'],
  };
}

/** A failed file whose top failure is made of `lines`, titled with `title`. */
export function failedFile(path: string, title: string, lines: string[], overrides: Partial<FileReport> = {}): FileReport {
  return {
    path,
    format: 'plain',
    status: 'failed',
    statusReason: 'exit code 1',
    lines: lines.length,
    bytes: lines.join('\n').length,
    steps: [],
    failures: [
      {
        rank: 1,
        startLine: 1,
        endLine: lines.length,
        lines,
        errorLine: 1,
        title,
        category: 'unknown',
        confidence: 0.5,
        tests: [],
        signals: [],
      },
    ],
    failedTests: [],
    notes: [],
    ...overrides,
  };
}

/** An otherwise empty report holding `files`. */
export function reportOf(files: FileReport[], extra: Partial<Report> = {}): Report {
  return {
    version: 1,
    tool: { name: 'prodfix', version: '0.1.0' },
    generatedAt: '2024-05-06T09:50:14.120Z',
    verdict: `${files.filter((file) => file.status === 'failed').length} failed`,
    files,
    categories: {},
    patterns: [],
    intermittent: [],
    recipes: [],
    hourHistogram: Array.from({ length: 24 }, () => 0),
    stats: { files: files.length, failed: files.filter((file) => file.status === 'failed').length, lines: 0, bytes: 0, durationMs: 1 },
    notes: [],
    ...extra,
  };
}
