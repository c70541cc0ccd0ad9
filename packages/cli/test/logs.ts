import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const stamp = (second: number): string => `2024-05-06T09:50:${String(second).padStart(2, '0')}.1206542Z`;

/**
 * A failing GitHub Actions job log written for these tests: a jest assertion failure in the
 * "Run npm test" step. Line 9 holds the assertion; `hostile` adds escape sequences to it.
 */
export function failingJobLog(hostile = ''): string {
  return [
    `${stamp(1)} ##[group]Run actions/checkout@v4`,
    `${stamp(2)} Syncing repository: acme/widgets`,
    `${stamp(3)} ##[endgroup]`,
    `${stamp(4)} ##[group]Run npm test`,
    `${stamp(5)} npm test`,
    `${stamp(6)} ##[endgroup]`,
    `${stamp(7)} FAIL src/sum.test.js`,
    `${stamp(8)}   ● sum › adds two numbers`,
    `${stamp(9)}     expect(received).toBe(expected) // Object.is equality${hostile}`,
    `${stamp(10)}     Expected: 4`,
    `${stamp(11)}     Received: 5`,
    `${stamp(12)}       at Object.<anonymous> (src/sum.test.js:4:21)`,
    `${stamp(13)} Tests:       1 failed, 3 passed, 4 total`,
    `${stamp(14)} ##[error]Process completed with exit code 1.`,
    '',
  ].join('\n');
}

/** The same job passing. */
export function passingJobLog(): string {
  return [
    `${stamp(1)} ##[group]Run npm test`,
    `${stamp(2)} npm test`,
    `${stamp(3)} ##[endgroup]`,
    `${stamp(4)} PASS src/sum.test.js`,
    `${stamp(5)} Tests:       4 passed, 4 total`,
    '',
  ].join('\n');
}

/** A fresh folder holding `files` (name → content). */
export async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'prodfix-cli-test-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}
