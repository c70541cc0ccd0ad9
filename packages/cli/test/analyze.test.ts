import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './fake-io.js';
import { failingJobLog, folderWith, passingJobLog } from './logs.js';

describe('prodfix analyze', () => {
  it('explains a failed job on the terminal and writes the JSON and Markdown reports', async () => {
    const dir = await folderWith({ 'test.log': failingJobLog(), 'lint.log': passingJobLog() });
    const io = fakeIo({ cwd: dir });
    const code = await main(['analyze', '.', '--json', 'out/report.json', '--markdown', 'out/summary.md'], io);
    expect(io.stderr.text).toBe('');
    expect(code).toBe(0);

    const out = io.stdout.text;
    expect(out).toMatch(/^✖ /);
    expect(out).toMatch(/FAILED test\.log\s+\[test-assertion \d+%\]/);
    expect(out).toContain('Failing tests');
    expect(out).toContain('adds two numbers');
    expect(out).not.toMatch(/FAILED lint\.log/);
    // The error lines' timestamps give the hour-of-day row.
    expect(out).toMatch(/Errors by hour of day \(UTC\)\n {2}00 [ ▁-█]{24} 23 /);

    const report = JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8'));
    const failed = report.files.find((file: { path: string }) => file.path === 'test.log');
    expect(failed.status).toBe('failed');
    const top = failed.failures[0];
    expect(top.startLine).toBeLessThanOrEqual(9);
    expect(top.endLine).toBeGreaterThanOrEqual(9);
    // The terminal excerpt is numbered with raw-file lines and marks the report's error line.
    expect(out).toMatch(new RegExp(`> +${top.errorLine} │ `));
    expect(out).toMatch(/ 9 │ +expect\(received\)\.toBe\(expected\)/);
    expect(await readFile(join(dir, 'out/summary.md'), 'utf8')).toContain('test.log');
  });

  it('uses --baseline paths and keeps stdout to JSON with --json -', async () => {
    const dir = await folderWith({ 'fail.log': failingJobLog(), 'pass.log': passingJobLog() });
    const io = fakeIo({ cwd: dir });
    expect(await main(['analyze', 'fail.log', '--baseline', 'pass.log', '--json', '-'], io)).toBe(0);
    const report = JSON.parse(io.stdout.text);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['fail.log']);
    expect(report.files[0].status).toBe('failed');
  });

  it('exits 1 when --fail-on matches, 0 when it does not', async () => {
    const dir = await folderWith({ 'test.log': failingJobLog() });
    const matched = fakeIo({ cwd: dir });
    expect(await main(['analyze', 'test.log', '--fail-on', 'any', '--quiet'], matched)).toBe(1);
    expect(matched.stderr.text).toBe('prodfix: --fail-on matched 1 failed job (test.log)\n');
    expect(matched.stdout.text.trim().split('\n')).toHaveLength(1);

    const other = fakeIo({ cwd: dir });
    expect(await main(['analyze', 'test.log', '--fail-on', 'out-of-memory,disk-full'], other)).toBe(0);
  });

  it('exits 2 with one line for a missing path or an unwritable report', async () => {
    const dir = await folderWith({ 'test.log': failingJobLog() });
    const missing = fakeIo({ cwd: dir });
    expect(await main(['analyze', 'nope.log'], missing)).toBe(2);
    expect(missing.stderr.text).toMatch(/^prodfix: .*nope\.log.*\n$/);
    expect(missing.stderr.text.split('\n')).toHaveLength(2);

    const unwritable = fakeIo({ cwd: dir });
    expect(await main(['analyze', 'test.log', '--json', 'test.log/report.json'], unwritable)).toBe(2);
    expect(unwritable.stderr.text).toMatch(/^prodfix: --json: cannot write "test\.log\/report\.json"/);
  });

  it('colours only when asked or on a terminal, and never passes the log\'s escape sequences through', async () => {
    const hostile = '\x1b]0;owned\x07\x1b[2J\x1b]8;;https://evil.example\x1b\\';
    const dir = await folderWith({ 'test.log': failingJobLog(hostile) });

    const piped = fakeIo({ cwd: dir });
    await main(['analyze', 'test.log'], piped);
    expect(piped.stdout.text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);

    const terminal = fakeIo({ cwd: dir, tty: true });
    await main(['analyze', 'test.log'], terminal);
    expect(terminal.stdout.text).toContain('\x1b[31m');
    // Only SGR colour codes remain: no OSC (title, hyperlink), no screen clearing.
    expect(terminal.stdout.text.replace(/\x1b\[\d+m/g, '')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);

    const noColour = fakeIo({ cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    await main(['analyze', 'test.log'], noColour);
    expect(noColour.stdout.text).not.toContain('\x1b');

    const forced = fakeIo({ cwd: dir, env: { FORCE_COLOR: '1' } });
    await main(['analyze', 'test.log'], forced);
    expect(forced.stdout.text).toContain('\x1b[1m');
  });
});
