import type { FileReport } from '../report/model.js';
import { toRepoPath } from '../report/paths.js';
import { escapeRegExp, shellCommand } from './shell.js';
import type { Toolchain } from './toolchain.js';

const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.go|(?:^|\/)test_[^/]*\.py|_test\.py|Tests?\.(?:java|kt))$/;
const FAILED_TEST_FILE_LINE = /^\s*(?:FAIL|×|✕|❯)\s+(\S+\.(?:test|spec)\.[cm]?[jt]sx?)\b/m;
const JS_NAME_SEPARATOR = /\s+[›>]\s+/;
const JVM_CLASS = /^[A-Z][\w$]*$/;

interface FailingTest {
  name?: string;
  /** The test file, when the log names one. */
  file?: string;
  /** The repository file the top failure points at (any file: a lint or compile error's source). */
  location?: string;
}

/**
 * A command to try on a checkout to reproduce the failure: the failing test alone when the tool
 * and the log name it (`npx jest src/a.test.ts -t 'adds'`, `pytest 'tests/x.py::test_y'`,
 * `go test -count=1 -run '^TestX$' ./pkg/...`, `mvn -Dtest=Class#method test`,
 * `cargo test name`, `npx tsc --noEmit`), else the failing step's own command. Every piece
 * taken from the log is shell-quoted.
 */
export function localCommand(toolchain: Toolchain, command: string | undefined, file: FileReport): string | undefined {
  const test = failingTest(file);
  const inferred = inferCommand(toolchain, command ?? '', test, file);
  return inferred ?? (command?.trim() || undefined);
}

function inferCommand(toolchain: Toolchain, command: string, test: FailingTest, file: FileReport): string | undefined {
  switch (toolchain) {
    case 'jest':
    case 'vitest': {
      const { name, file } = splitJsName(test);
      if (!name && !file) return undefined;
      const runner = toolchain === 'jest' ? ['npx', 'jest'] : ['npx', 'vitest', 'run'];
      return shellCommand([...runner, ...optional(file), ...(name ? ['-t', escapeRegExp(name)] : [])]);
    }
    case 'mocha': {
      const { name, file } = splitJsName(test);
      if (!name && !file) return undefined;
      return shellCommand(['npx', 'mocha', ...optional(file), ...(name ? ['--grep', escapeRegExp(name)] : [])]);
    }
    case 'karma':
      return shellCommand(['npx', 'ng', 'test', '--watch=false', ...(test.file ? [`--include=${test.file}`] : [])]);
    case 'tsc': {
      const project = /(?:^|\s)(?:-p|--project)[\s=]+(\S+)/.exec(command)?.[1];
      return shellCommand(['npx', 'tsc', '--noEmit', ...(project ? ['-p', project] : [])]);
    }
    case 'eslint':
      return test.location ? shellCommand(['npx', 'eslint', test.location]) : undefined;
    case 'pytest':
      if (!test.name) return undefined;
      if (test.name.includes('::')) return shellCommand(['pytest', test.name]);
      return test.file ? shellCommand(['pytest', `${test.file}::${test.name}`]) : shellCommand(['pytest', '-k', test.name]);
    case 'unittest':
      return test.name ? shellCommand(['python', '-m', 'unittest', test.name]) : undefined;
    case 'go':
      return test.name ? goTestCommand(test, command, file) : undefined;
    case 'cargo':
      return test.name ? shellCommand(['cargo', 'test', test.name]) : undefined;
    case 'maven':
    case 'gradle':
      return test.name ? jvmTestCommand(toolchain, command, test.name) : undefined;
    default:
      return undefined;
  }
}

/** The first failing test named by the top failure (else anywhere in the log) and its test file, when known. */
function failingTest(file: FileReport): FailingTest {
  const top = file.failures[0];
  const name = top?.tests[0] ?? file.failedTests[0];
  const location = top?.location?.file !== undefined ? toRepoPath(top.location.file) : undefined;
  const fromLocation = location && TEST_FILE.test(location) ? location : undefined;
  const printed = file.failures
    .slice(0, 3)
    .map((failure) => FAILED_TEST_FILE_LINE.exec(failure.lines.join('\n'))?.[1])
    .find((path) => path !== undefined);
  return { name, file: fromLocation ?? (printed ? toRepoPath(printed) : undefined), location };
}

/** Jest and vitest print `Suite › test` / `file > suite > test`; their `-t` matches the names joined by spaces. */
function splitJsName(test: FailingTest): FailingTest {
  if (!test.name) return test;
  const parts = test.name.split(JS_NAME_SEPARATOR);
  const file = parts[0] && TEST_FILE.test(parts[0]) ? toRepoPath(parts.shift()!) : undefined;
  return { name: parts.join(' ') || undefined, file: file ?? test.file };
}

/** `go test`'s per-package result line: `FAIL	github.com/o/r/internal/x	1.2s`. */
const GO_PACKAGE_FAILED = /^FAIL\s+(\S+\/\S+)\s+[\d.]+s\s*$/;
/** An import path on a code host: its repository part, then the folder inside it. */
const GO_HOSTED_PACKAGE = /^(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[^/]+\/[^/]+\/(.+)$/;
/** Flags of the workflow's `go test` that change what a test sees. */
const GO_FLAGS = /(?:^|\s)(-race|-short|-tags[= ]\S+|-covermode[= ]\S+)(?=\s|$)/g;

/**
 * `go test -count=1 -run '^TestX$' ./pkg/...`: the package from the test's file or from
 * `FAIL <import path>` in the excerpts, and the workflow's `-race`/`-tags`/`-short` flags.
 */
function goTestCommand(test: FailingTest, command: string, file: FileReport): string {
  const pattern = test.name!.split('/').map((part) => `^${escapeRegExp(part)}$`).join('/');
  const folder = test.file?.includes('/') ? test.file.slice(0, test.file.lastIndexOf('/')) : packageFolder(file);
  const flags = [...command.matchAll(GO_FLAGS)].flatMap((match) => match[1]!.split(' '));
  return shellCommand(['go', 'test', '-count=1', ...flags, '-run', pattern, folder ? `./${folder}/...` : './...']);
}

function packageFolder(file: FileReport): string | undefined {
  for (const failure of file.failures) {
    for (const line of failure.lines) {
      const importPath = GO_PACKAGE_FAILED.exec(line)?.[1];
      const folder = importPath ? GO_HOSTED_PACKAGE.exec(importPath)?.[1] : undefined;
      if (folder) return folder;
    }
  }
  return undefined;
}

/** `com.x.FooTest.testBar` → `-Dtest=FooTest#testBar` (Maven) or `--tests com.x.FooTest.testBar` (Gradle); a bare method name is not enough. */
function jvmTestCommand(toolchain: 'maven' | 'gradle', command: string, name: string): string | undefined {
  const parts = name.split('.');
  const method = JVM_CLASS.test(parts.at(-1) ?? '') ? undefined : parts.pop();
  const simpleClass = parts.at(-1);
  if (!simpleClass || !JVM_CLASS.test(simpleClass)) return undefined;
  if (toolchain === 'gradle') {
    const gradle = /\bgradle\s/.test(command) && !/gradlew\b/.test(command) ? 'gradle' : './gradlew';
    return shellCommand([gradle, 'test', '--tests', name]);
  }
  const maven = /\.\/mvnw\b/.test(command) ? './mvnw' : 'mvn';
  return shellCommand([maven, `-Dtest=${simpleClass}${method ? `#${method}` : ''}`, 'test']);
}

function optional(value: string | undefined): string[] {
  return value ? [value] : [];
}
