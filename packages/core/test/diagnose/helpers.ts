import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LogSource } from '../../src/input/source.js';

/** Committed fixture logs (see tests/fixtures/README.md for their sources). */
export const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/logs/', import.meta.url));

export function fileSource(path: string): LogSource {
  return { path, size: statSync(path).size, open: async () => createReadStream(path) };
}

export function textSource(text: string, path = 'inline.log'): LogSource {
  return { path, size: Buffer.byteLength(text), open: async () => [Buffer.from(text)] };
}

/**
 * A raw GitHub job log: a checkout step that passes, then a `run:` step running `command`
 * whose output is `output`, ending with the runner's exit-code line when `exitCode` is set.
 */
export function rawJobLog(command: string, output: string[], exitCode?: number): string {
  let second = 0;
  const stamp = (text: string) => `2024-05-06T09:50:${String(second++ % 60).padStart(2, '0')}.1206542Z ${text}`;
  const lines = [
    '\uFEFF' + stamp('Requested labels: ubuntu-latest'),
    stamp('Job defined at: octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main'),
    stamp('##[group]Run actions/checkout@v4'),
    stamp('with:'),
    stamp('  repository: octo-org/octo-repo'),
    stamp('##[endgroup]'),
    stamp('Syncing repository: octo-org/octo-repo'),
    stamp(`##[group]Run ${command}`),
    stamp(command),
    stamp('shell: /usr/bin/bash -e {0}'),
    stamp('##[endgroup]'),
    ...output.map(stamp),
  ];
  if (exitCode !== undefined) lines.push(stamp(`##[error]Process completed with exit code ${exitCode}.`));
  lines.push(stamp('Post job cleanup.'), stamp('Cleaning up orphan processes'));
  return lines.join('\n') + '\n';
}
