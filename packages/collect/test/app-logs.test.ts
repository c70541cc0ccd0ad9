import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '@prodfix/core';
import { describe, expect, it } from 'vitest';
import { findAppLogs } from '../src/app-logs.js';

describe('findAppLogs', () => {
  it('gives files whose names slug alike their own targets, keeping the extension', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'prodfix-app-logs-'));
    await mkdir(join(workspace, 'logs'));
    for (const name of ['App.log', 'app.log', 'a b.log', 'a-b.log']) await writeFile(join(workspace, 'logs', name), `${name}\n`);
    const files = await findAppLogs({ workspace, globs: ['logs/*.log'], exclude: [], logger: new RecordingLogger() });
    const targets = files.map((file) => file.target);
    expect(new Set(targets).size).toBe(4);
    for (const target of targets) expect(target).toMatch(/^app-logs\/logs\/[\w.-]+\.log$/);
  });
});
