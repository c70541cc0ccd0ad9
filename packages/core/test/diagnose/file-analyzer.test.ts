import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../src/diagnose/file-analyzer.js';
import { FailedTestCollector } from '../../src/diagnose/failed-tests.js';
import { FIXTURES, fileSource, rawJobLog, textSource } from './helpers.js';

const overlaps = (failure: { startLine: number; endLine: number }, from: number, to: number) =>
  failure.startLine <= to && failure.endLine >= from;

describe('analyzeLog on real logs', () => {
  it('finds the failing go test in a terraform job (cidiff label E 608-639)', async () => {
    const report = await analyzeLog(fileSource(join(FIXTURES, 'cidiff/terraform-go-test.fail.log')));
    expect(report.format).toBe('github-raw');
    expect(report.status).toBe('failed');
    const top = report.failures[0]!;
    expect(overlaps(top, 608, 639)).toBe(true);
    expect(top.title).toContain('--- FAIL: TestApply_jsonGoldenReference');
    expect(top.category).toBe('test-assertion');
    expect(top.endLine - top.startLine + 1).toBeLessThanOrEqual(20);
    expect(report.failedTests).toContain('TestApply_jsonGoldenReference');
    const failedStep = report.steps.find((step) => step.failed);
    expect(failedStep?.exitCode).toBe(1);
    expect(failedStep?.command).toMatch(/go test/);
  });

  it('finds the failing JUnit test in a gradle job (cidiff label E 515-535)', async () => {
    const report = await analyzeLog(fileSource(join(FIXTURES, 'cidiff/gradle-junit.fail.log')));
    expect(report.status).toBe('failed');
    expect(overlaps(report.failures[0]!, 515, 535)).toBe(true);
    expect(report.failedTests.some((name) => name.includes('testClassicParsing'))).toBe(true);
  });

  it('finds the javac error in a plain Jenkins/Maven log (cidiff labels E 355-364, 373-391)', async () => {
    const report = await analyzeLog(fileSource(join(FIXTURES, 'cidiff/jenkins-javac.fail.log')));
    expect(report.format).toBe('plain');
    expect(report.status).toBe('failed');
    const top = report.failures[0]!;
    expect(overlaps(top, 355, 364) || overlaps(top, 373, 391)).toBe(true);
    expect(top.category).toBe('compilation');
    expect(top.location?.file).toMatch(/\.java$/);
  });

  it('names the failing jest test and classifies it (bugswarm 2320994299)', async () => {
    const report = await analyzeLog(fileSource(join(FIXTURES, 'bugswarm/jest-2320994299.log')));
    expect(report.status).toBe('failed');
    expect(report.failedTests).toContain('output as stream when "-" is specified');
    expect(report.failures[0]!.title).toContain('output as stream when "-" is specified');
    expect(report.classification?.category).toBe('test-assertion');
  });

  it('names the nose test that failed (bugswarm 2477898638)', async () => {
    const report = await analyzeLog(fileSource(join(FIXTURES, 'bugswarm/nose-2477898638.log')));
    expect(report.status).toBe('failed');
    expect(report.failedTests).toContain('test.test_build_caches.test_build_caches');
  });

  it('says a passing job passed and quotes nothing (bugswarm 2556516385)', async () => {
    const report = await analyzeLog(fileSource(join(FIXTURES, 'bugswarm/gradle-passing-2556516385.log')));
    expect(report.status).toBe('passed');
    expect(report.failures).toEqual([]);
  });
});

describe('analyzeLog classification', () => {
  const cases: { name: string; command: string; output: string[]; exit?: number; category: string }[] = [
    { name: 'out of memory', command: 'node build.js', output: ['<--- Last few GCs --->', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', ' 1: 0xb090e0 node::Abort() [node]'], exit: 134, category: 'out-of-memory' },
    { name: 'killed (137)', command: 'make -j8', output: ['[ 45%] Building CXX object src/CMakeFiles/core.dir/a.cpp.o', 'c++: fatal error: Killed signal terminated program cc1plus'], exit: 137, category: 'out-of-memory' },
    { name: 'disk full', command: 'docker build .', output: ['Step 4/9 : RUN npm ci', 'npm ERR! code ENOSPC', 'npm ERR! syscall write', 'npm ERR! errno -28', 'npm ERR! nospc ENOSPC: no space left on device, write'], exit: 1, category: 'disk-full' },
    { name: 'network', command: 'npm test', output: ['  1) api client', '     fetches users:', '     Error: connect ECONNREFUSED 127.0.0.1:5432', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)'], exit: 1, category: 'network' },
    { name: 'rate limit', command: './scripts/release.sh', output: ['Fetching releases…', 'Error: API rate limit exceeded for installation ID 1234567.', '    at request (/home/runner/work/r/r/scripts/gh.js:12:9)'], exit: 1, category: 'rate-limit' },
    { name: 'timeout', command: 'go test ./...', output: ['=== RUN   TestSlowQuery', 'panic: test timed out after 10m0s', 'goroutine 17 [running]:'], exit: 2, category: 'timeout' },
    { name: 'segfault', command: './bin/run-tests', output: ['Running 12 tests', 'Segmentation fault (core dumped)'], exit: 139, category: 'crash' },
    { name: 'deadlock', command: 'go run ./cmd/worker', output: ['fatal error: all goroutines are asleep - deadlock!', '', 'goroutine 1 [chan receive]:'], exit: 2, category: 'deadlock' },
    { name: 'race', command: 'go test -race ./...', output: ['==================', 'WARNING: DATA RACE', 'Write at 0x00c0000a4010 by goroutine 8:', '  main.increment()'], exit: 1, category: 'race-condition' },
    { name: 'permission', command: 'git push origin HEAD', output: ['remote: Permission to octo-org/octo-repo.git denied to github-actions[bot].', "fatal: unable to access 'https://github.com/octo-org/octo-repo/': The requested URL returned error: 403"], exit: 128, category: 'permission-auth' },
    { name: 'missing secret', command: './deploy.sh', output: ['Deploying to staging', 'Error: environment variable DEPLOY_TOKEN is not set'], exit: 1, category: 'missing-config' },
    { name: 'lint', command: 'npx eslint .', output: ['/home/runner/work/r/r/src/app.ts', "  12:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars", '', '✖ 1 problem (1 error, 0 warnings)'], exit: 1, category: 'lint-format' },
    { name: 'dependency', command: 'npm ci', output: ['npm ERR! code ERESOLVE', 'npm ERR! ERESOLVE unable to resolve dependency tree', 'npm ERR! Could not resolve dependency:', 'npm ERR! peer react@"^17.0.0" from react-dom@17.0.2'], exit: 1, category: 'dependency' },
    { name: 'compilation', command: 'npx tsc --noEmit', output: ["src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."], exit: 2, category: 'compilation' },
  ];
  for (const c of cases) {
    it(`classifies ${c.name} as ${c.category}`, async () => {
      const report = await analyzeLog(textSource(rawJobLog(c.command, c.output, c.exit)));
      expect(report.status).toBe('failed');
      expect(report.classification?.category).toBe(c.category);
      expect(report.classification?.evidence.length).toBeGreaterThan(0);
      expect(report.classification?.recommendation).toBeTruthy();
      // The excerpt is the tool's output, never the runner's exit-code line.
      expect(report.failures[0]!.title).not.toMatch(/Process completed with exit code/);
    });
  }

  it('reports a cancelled job as cancelled, with the cancellation as its cause', async () => {
    const log = rawJobLog('sleep 600', ['waiting…', '##[error]The operation was canceled.']);
    const report = await analyzeLog(textSource(log));
    expect(report.status).toBe('cancelled');
    expect(report.failures[0]!.title).toContain('The operation was canceled');
    expect(report.classification?.category).toBe('infrastructure');
  });

  it('never quotes the step script echoed by the runner as a cause', async () => {
    const log = rawJobLog('if ! make test; then echo "error: tests failed"; exit 1; fi', ['ok 1 - parser', 'not ok 2 - lexer handles unicode'], 1);
    const report = await analyzeLog(textSource(log));
    expect(report.failures[0]!.title).toContain('not ok 2 - lexer handles unicode');
    for (const failure of report.failures) expect(failure.startLine).toBeGreaterThan(11);
  });

  it('falls back to the last lines before the exit code when no line looks like an error', async () => {
    const log = rawJobLog('./check.sh', ['checking a', 'checking b', 'mismatch in b'], 3);
    const report = await analyzeLog(textSource(log));
    expect(report.status).toBe('failed');
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures[0]!.lines.join('\n')).toContain('mismatch in b');
  });

  it('reads gh run view --log output, taking step names from the step column', async () => {
    const lines = [
      'build\tSet up job\t2024-05-06T09:50:14.1206542Z Current runner version: 2.316.1',
      'build\tRun tests\t2024-05-06T09:50:15.1206542Z ##[group]Run pytest -q',
      'build\tRun tests\t2024-05-06T09:50:15.1306542Z pytest -q',
      'build\tRun tests\t2024-05-06T09:50:15.1406542Z ##[endgroup]',
      'build\tRun tests\t2024-05-06T09:50:18.1206542Z FAILED tests/test_api.py::test_login - AssertionError: assert 401 == 200',
      'build\tRun tests\t2024-05-06T09:50:18.2206542Z ##[error]Process completed with exit code 1.',
    ];
    const report = await analyzeLog(textSource(lines.join('\n')));
    expect(report.format).toBe('github-cli');
    expect(report.status).toBe('failed');
    expect(report.failures[0]!.step).toBe('Run tests');
    expect(report.failures[0]!.startLine).toBe(5);
    expect(report.failedTests).toEqual(['tests/test_api.py::test_login']);
    expect(report.steps.find((s) => s.failed)?.command).toBe('pytest -q');
  });

  it('keeps raw line numbers when lines carry ANSI colour codes and a BOM', async () => {
    const log = rawJobLog('npm test', ['\u001b[32m✓ adds\u001b[39m', '\u001b[31m✕ subtracts (3 ms)\u001b[39m', '\u001b[1m● math › subtracts\u001b[22m', '    expect(received).toBe(expected)'], 1);
    const report = await analyzeLog(textSource(log));
    const top = report.failures[0]!;
    expect(top.lines.join('\n')).not.toContain('\u001b');
    const raw = log.split('\n');
    expect(raw[top.errorLine - 1]).toContain(top.title.replace(/^\s+/, ''));
  });
});

describe('analyzeLog with the job API object beside the log', () => {
  it("trusts the API's failure when the log shows no error", async () => {
    const source = { ...textSource(rawJobLog('./deploy.sh', ['deploying…', 'done'])), context: { jobName: 'deploy', jobConclusion: 'failure' } };
    const report = await analyzeLog(source);
    expect(report.status).toBe('failed');
    expect(report.statusReason).toMatch(/API object says it failed/);
    expect(report.failures.length).toBeGreaterThan(0);
  });
});

describe('failing test names', () => {
  it('joins a mocha title printed over several lines and keeps pytest ids with spaces', () => {
    const collector = new FailedTestCollector();
    for (const line of [
      '  2 failing',
      '',
      '  1) Lookup',
      '       resolves a name',
      '         twice:',
      '     AssertionError: expected 1 to equal 2',
      '',
      '  2) Worker stops cleanly:',
      '     Error: timeout',
    ]) collector.observe(line);
    collector.observe('FAILED tests/test_core.py::test_spans[ok 2:30pm now-valid] - assert 1 == 2');
    expect(collector.tests()).toEqual(['Lookup resolves a name twice', 'Worker stops cleanly', 'tests/test_core.py::test_spans[ok 2:30pm now-valid]']);
  });
});
