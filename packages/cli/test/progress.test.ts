import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../src/progress.js';
import { FakeStream } from './fake-io.js';

const progress = { files: 3, totalFiles: 10, bytes: 5 * 1024 ** 2, totalBytes: 20 * 1024 ** 2 };

describe('ProgressLine', () => {
  it('stays silent for quick work and on a stream that is not a terminal', () => {
    let now = 0;
    const tty = new FakeStream(true);
    const line = new ProgressLine(tty, () => now);
    now = 100;
    line.update(progress);
    expect(tty.text).toBe('');

    const piped = new FakeStream(false);
    const pipedLine = new ProgressLine(piped, () => now);
    now = 5_000;
    pipedLine.update(progress);
    pipedLine.clear();
    expect(piped.text).toBe('');
  });

  it('draws a throttled line on a terminal and erases it at the end', () => {
    let now = 0;
    const tty = new FakeStream(true);
    const line = new ProgressLine(tty, () => now);
    now = 600;
    line.update(progress);
    now = 650;
    line.update({ ...progress, files: 4 });
    expect(tty.text).toBe('\r\x1b[2Kprodfix: 3/10 files, 5.0/20.0 MB (25%)');
    now = 900;
    line.update({ ...progress, files: 5, bytes: 10 * 1024 ** 2 });
    expect(tty.text.endsWith('5/10 files, 10.0/20.0 MB (50%)')).toBe(true);
    line.clear();
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
  });
});
