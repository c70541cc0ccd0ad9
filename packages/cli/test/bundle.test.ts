import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PRODFIX_VERSION } from '@prodfix/core';
import { failingJobLog, folderWith } from './logs.js';

const run = promisify(execFile);
/** The committed bundle (`npm run bundle` rebuilds it); this test runs it as users do. */
const BUNDLE = fileURLToPath(new URL('../dist/index.js', import.meta.url));

async function prodfix(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BUNDLE, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the bundled CLI (packages/cli/dist/index.js)', () => {
  it('prints its version', async () => {
    const result = await prodfix(['--version'], process.cwd());
    expect(result).toEqual({ code: 0, stdout: `${PRODFIX_VERSION}\n`, stderr: '' });
  });

  it('analyses a failing log, writes JSON and honours --fail-on', async () => {
    const dir = await folderWith({ 'job.log': failingJobLog() });
    const result = await prodfix(['analyze', 'job.log', '--json', join(dir, 'report.json'), '--fail-on', 'test-assertion'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAILED job.log');
    expect(result.stderr).toContain('--fail-on matched 1 failed job');
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(report.files[0]).toMatchObject({ path: 'job.log', status: 'failed' });
  });

  it('exits 2 with one line on a usage mistake', async () => {
    const result = await prodfix(['analyze', 'missing.log'], await folderWith({}));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
