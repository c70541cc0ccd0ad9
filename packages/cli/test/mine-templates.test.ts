import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './fake-io.js';
import { folderWith } from './logs.js';

describe('prodfix mine-templates', () => {
  it('prints one cluster id per line, equal for lines that differ only in variables', async () => {
    const lines = [
      'Connection to 10.0.0.1:5432 timed out after 30s',
      'Connection to 10.0.0.7:5432 timed out after 45s',
      'User alice logged in',
      'Connection to 192.168.1.20:6379 timed out after 5s',
    ];
    const dir = await folderWith({ 'lines.txt': `${lines.join('\n')}\n` });
    const io = fakeIo({ cwd: dir });
    expect(await main(['mine-templates', 'lines.txt'], io)).toBe(0);
    const ids = io.stdout.text.trim().split('\n');
    expect(ids).toHaveLength(4);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[3]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('needs exactly one readable file', async () => {
    const dir = await folderWith({});
    const io = fakeIo({ cwd: dir });
    expect(await main(['mine-templates', 'absent.txt'], io)).toBe(2);
    expect(io.stderr.text).toBe('prodfix: mine-templates: "absent.txt" is not a readable file\n');
  });
});
