import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { discoverSources } from '../../src/input/discover.js';
import { readLines } from '../../src/input/lines.js';
import { RecordingLogger } from '../../src/logger.js';
import { buildZip, declareSize, readSourceText, renameEntry, repeatedStream, tempDirs } from './helpers.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const MiB = 1024 * 1024;

async function zipIn(dir: string, name: string, bytes: Buffer): Promise<string> {
  await writeFile(join(dir, name), bytes);
  return name;
}

describe('run-log zips', () => {
  it('reads the top-level job logs of a GitHub run-log zip and skips their per-step copies', async () => {
    const dir = await dirs.make();
    const zip = await buildZip([
      { name: '0_lint.txt', data: 'lint ok\n' },
      { name: '1_build (ubuntu-latest, 20).txt', data: 'build failed\n' },
      { name: 'lint/1_Set up job.txt', data: 'lint ok\n' },
      { name: 'build (ubuntu-latest, 20)/1_Set up job.txt', data: 'build\n' },
      { name: 'build (ubuntu-latest, 20)/10_Post Run.txt', data: 'failed\n' },
      { name: 'build (ubuntu-latest, 20)/2_Run tests.txt', data: 'failed\n' },
    ]);
    const found = await discoverSources([await zipIn(dir, 'logs_42.zip', zip)], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual(['logs_42.zip!0_lint.txt', 'logs_42.zip!1_build (ubuntu-latest, 20).txt']);
    expect(found.notes).toEqual([]);
    const build = found.sources[1]!;
    expect(build.size).toBe(13);
    // open() may be called more than once: each call reopens the zip.
    expect(await readSourceText(build)).toBe('build failed\n');
    expect(await readSourceText(build)).toBe('build failed\n');
  });

  it('reads the per-step logs, in step order, when a job has no top-level log', async () => {
    const dir = await dirs.make();
    const zip = await buildZip([
      { name: 'test/10_Post checkout.txt', data: 'post\n' },
      { name: 'test/2_Run npm test.txt', data: 'FAIL\n' },
      { name: 'test/1_Set up job.txt', data: 'setup\n' },
    ]);
    const found = await discoverSources([await zipIn(dir, 'run.zip', zip)], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual(['run.zip!test/1_Set up job.txt', 'run.zip!test/2_Run npm test.txt', 'run.zip!test/10_Post checkout.txt']);
    expect(await readSourceText(found.sources[1]!)).toBe('FAIL\n');
  });

  it('reads a zip met in a folder walk, and one recognised by its bytes whatever its name', async () => {
    const dir = await dirs.make();
    const zip = await buildZip([{ name: '0_job.txt', data: 'hello\n' }]);
    await zipIn(dir, 'a.zip', zip);
    await zipIn(dir, 'download', zip);
    const found = await discoverSources(['.'], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual(['a.zip!0_job.txt', 'download!0_job.txt']);
  });

  it('skips metadata, binary entries and nested zips inside a zip', async () => {
    const dir = await dirs.make();
    const inner = await buildZip([{ name: 'x.txt', data: 'x' }]);
    const zip = await buildZip([
      { name: 'job.log', data: 'text\n' },
      { name: 'jobs.json', data: '{}' },
      { name: 'core.out', data: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]) },
      { name: 'inner.zip', data: inner },
    ]);
    const logger = new RecordingLogger();
    const found = await discoverSources([await zipIn(dir, 'run.zip', zip)], { cwd: dir, logger });
    expect(found.sources.map((s) => s.path)).toEqual(['run.zip!job.log']);
    expect(found.notes).toEqual([
      'skipped run.zip!inner.zip: zips inside zips are not opened',
      'skipped run.zip!core.out: binary (NUL bytes in the first 8 KiB)',
    ]);
    expect(logger.text('debug')).toContain('skipped run.zip!jobs.json (not a log file)');
  });

  it('notes a .zip that is not a zip, and throws when it was all that was given', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'broken.zip'), 'this is not a zip\n');
    await writeFile(join(dir, 'ok.log'), 'ok\n');
    const found = await discoverSources(['broken.zip', 'ok.log'], { cwd: dir });
    expect(found.notes).toHaveLength(1);
    expect(found.notes[0]).toMatch(/^skipped broken\.zip: not a readable zip \(/);
    await expect(discoverSources(['broken.zip'], { cwd: dir })).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('hostile zips', () => {
  it('refuses entries with .., absolute paths, drive letters and backslashes, and symlinks', async () => {
    const dir = await dirs.make();
    let zip = await buildZip([
      { name: 'good.txt', data: 'safe\n' },
      { name: 'aa/evil.txt', data: 'escape\n' },
      { name: 'xetc/passwd.txt', data: 'root\n' },
      { name: 'Dx/windows.txt', data: 'drive\n' },
      { name: 'a_b_c_d_x.txt', data: 'backslash\n' },
      { name: 'link.txt', data: '/etc/shadow', mode: 0o120777 },
    ]);
    zip = renameEntry(zip, 'aa/evil.txt', '../evil.txt');
    zip = renameEntry(zip, 'xetc/passwd.txt', '/etc/passwd.txt');
    zip = renameEntry(zip, 'Dx/windows.txt', 'C:/windows.txt');
    zip = renameEntry(zip, 'a_b_c_d_x.txt', 'a\\..\\..\\x.txt');
    const found = await discoverSources([await zipIn(dir, 'bad.zip', zip)], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual(['bad.zip!good.txt']);
    expect(found.notes).toEqual([
      "skipped bad.zip!../evil.txt: unsafe name ('..' in path)",
      'skipped bad.zip!/etc/passwd.txt: unsafe name (absolute path)',
      'skipped bad.zip!C:/windows.txt: unsafe name (absolute path)',
      'skipped bad.zip!a\\..\\..\\x.txt: unsafe name (backslash)',
      'skipped bad.zip!link.txt: a symlink',
    ]);
  });

  it('caps the number of entries read', async () => {
    const dir = await dirs.make();
    const zip = await buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `${i}_job.txt`, data: `job ${i}\n` })));
    const found = await discoverSources([await zipIn(dir, 'many.zip', zip)], { cwd: dir, limits: { maxZipEntries: 4 } });
    expect(found.sources.map((s) => s.path)).toEqual(['many.zip!0_job.txt', 'many.zip!1_job.txt', 'many.zip!2_job.txt', 'many.zip!3_job.txt']);
    expect(found.notes).toEqual(['many.zip: holds 10 entries; only the first 4 were read (maxZipEntries)']);
  });

  it('caps the total uncompressed size of a zip', async () => {
    const dir = await dirs.make();
    const zip = await buildZip([1, 2, 3].map((i) => ({ name: `${i}_job.txt`, data: Buffer.alloc(MiB, 'a') })));
    const found = await discoverSources([await zipIn(dir, 'big.zip', zip)], { cwd: dir, limits: { maxZipTotalBytes: 2.5 * MiB } });
    expect(found.sources.map((s) => s.path)).toEqual(['big.zip!1_job.txt', 'big.zip!2_job.txt']);
    expect(found.notes).toEqual([`big.zip: stopped before 3_job.txt: the entries would pass ${2.5 * MiB} bytes uncompressed in total (maxZipTotalBytes)`]);
  });

  it('stops at maxFiles inside a zip with a note', async () => {
    const dir = await dirs.make();
    const zip = await buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}_job.txt`, data: 'x\n' })));
    const found = await discoverSources([await zipIn(dir, 'run.zip', zip)], { cwd: dir, limits: { maxFiles: 3 } });
    expect(found.sources).toHaveLength(3);
    expect(found.notes).toEqual(['stopped at 3 log files (maxFiles); the rest were not read']);
  });

  describe('a zip bomb: 200 MB of log lines deflated to a few hundred KB', () => {
    const total = 200 * MiB;
    const line = '2024-05-06T09:50:14.1206542Z all good\n';
    let bomb: Buffer;
    let dir: string;

    beforeAll(async () => {
      dir = await dirs.make();
      bomb = await buildZip([
        { name: '0_small.txt', data: 'small job\n' },
        { name: '1_bomb.txt', data: () => repeatedStream(line, total), level: 1 },
      ]);
    });

    it('is small on disk', () => {
      expect(bomb.length).toBeLessThan(2 * MiB);
    });

    it('skips an entry that declares more than the per-entry cap, without inflating it', async () => {
      const started = performance.now();
      const found = await discoverSources([await zipIn(dir, 'honest.zip', bomb)], { cwd: dir, limits: { maxZipEntryBytes: 16 * MiB } });
      expect(found.sources.map((s) => s.path)).toEqual(['honest.zip!0_small.txt']);
      expect(found.notes).toEqual([`skipped honest.zip!1_bomb.txt: it declares ${total} bytes uncompressed, over the cap of ${16 * MiB} per entry (maxZipEntryBytes)`]);
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it('stops reading an entry that inflates past the size its header declares, with a warning', async () => {
      const declared = 64 * 1024;
      const lying = declareSize(bomb, '1_bomb.txt', declared);
      const logger = new RecordingLogger();
      const found = await discoverSources([await zipIn(dir, 'lying.zip', lying)], { cwd: dir, logger });
      const source = found.sources.find((s) => s.path === 'lying.zip!1_bomb.txt')!;
      expect(source.size).toBe(declared);
      const before = process.memoryUsage().rss;
      let lines = 0;
      const result = await readLines(await source.open(), () => lines++);
      expect(result.bytes).toBe(declared);
      expect(lines).toBe(Math.ceil(declared / line.length));
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * MiB);
      expect(logger.text('warning')).toBe(
        `lying.zip!1_bomb.txt: stopped reading after ${declared} bytes: the entry inflates to more than its header declares (a zip bomb?)`,
      );
    });

    it('skips at discovery an entry that claims to be tiny but inflates past its claim', async () => {
      const lying = declareSize(bomb, '1_bomb.txt', 100);
      const found = await discoverSources([await zipIn(dir, 'tiny-claim.zip', lying)], { cwd: dir });
      expect(found.sources.map((s) => s.path)).toEqual(['tiny-claim.zip!0_small.txt']);
      expect(found.notes).toEqual(['skipped tiny-claim.zip!1_bomb.txt: it inflates to more than the 100 bytes it declares (a zip bomb?)']);
    });

    it('streams a large honest entry in small chunks', async () => {
      const found = await discoverSources([await zipIn(dir, 'stream.zip', bomb)], { cwd: dir });
      const source = found.sources.find((s) => s.path.endsWith('1_bomb.txt'))!;
      let chunks = 0;
      let largest = 0;
      for await (const chunk of await source.open()) {
        largest = Math.max(largest, chunk.length);
        if (++chunks === 100) break; // stop early: the stream and the zip are released
      }
      expect(chunks).toBe(100);
      expect(largest).toBeLessThanOrEqual(MiB);
    });
  });
});
