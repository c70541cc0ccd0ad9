import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogSource } from '../../src/input/source.js';
import type { Failure, FileReport } from '../../src/report/model.js';

/** `tests/fixtures/runs` at the repository root. */
export const RUN_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/runs');

/** A LogSource over a file on disk; `shownAs` is the path people see (relative to `cwd` when given so). */
export async function diskSource(file: string, shownAs = file): Promise<LogSource> {
  const { size } = await stat(file);
  return {
    path: shownAs,
    size,
    async open() {
      return [await readFile(file)];
    },
  };
}

/** A failure excerpt as the analysis would report it, with only what a test sets spelled out. */
export function failure(fields: Partial<Failure> & Pick<Failure, 'title'>): Failure {
  return {
    rank: 1,
    startLine: 1,
    endLine: 1,
    lines: [fields.title],
    errorLine: 1,
    category: 'unknown',
    confidence: 0.8,
    tests: [],
    signals: [],
    ...fields,
  };
}

/** A file report as the analysis would produce it, with only what a test sets spelled out. */
export function fileReport(fields: Partial<FileReport> & Pick<FileReport, 'path'>): FileReport {
  return {
    format: 'github-raw',
    status: 'failed',
    statusReason: '##[error]Process completed with exit code 1.',
    lines: 10,
    bytes: 500,
    steps: [],
    failures: [],
    failedTests: [],
    notes: [],
    ...fields,
  };
}
