import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { discoverSources } from '../../src/input/discover.js';
import { READ_CHUNK_BYTES } from '../../src/input/file-source.js';
import { detectFormat } from '../../src/input/format.js';
import { readLines } from '../../src/input/lines.js';
import type { LogSource } from '../../src/input/source.js';
import { RecordingLogger } from '../../src/logger.js';
import { readSourceText, tempDirs } from './helpers.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const MIXED = fileURLToPath(new URL('../../../../tests/fixtures/input/mixed/', import.meta.url));

async function firstLines(source: LogSource, count: number): Promise<string[]> {
  const lines: string[] = [];
  await readLines(await source.open(), (line) => {
    if (lines.length < count) lines.push(line);
  });
  return lines;
}

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
  }
}

describe('discoverSources: paths that are wrong', () => {
  it('notes a missing path and goes on with the rest', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'ok.log'), 'fine\n');
    const found = await discoverSources(['missing.log', 'ok.log'], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual(['ok.log']);
    expect(found.notes).toEqual(['path not found: missing.log']);
  });

  it('throws one clear ConfigurationError line when nothing readable was given', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const attempt = discoverSources(['nope/', 'image.bin'], { cwd: dir });
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).not.toContain('\n');
    expect(message).toContain('nope/, image.bin');
    expect(message).toContain('path not found: nope/');
    expect(message).toContain('skipped image.bin: binary');
    expect(message).toMatch(/Give log files, folders of logs, globs or run-log zips/);
  });

  it('throws a ConfigurationError when no path was given at all', async () => {
    await expect(discoverSources(['', '  '], {})).rejects.toThrow(/No log path was given/);
  });

  it('throws when a folder holds no log, naming what it reads', async () => {
    const dir = await dirs.make();
    await writeTree(dir, { 'meta/run.json': '{}', 'meta/a.png': 'png' });
    await expect(discoverSources(['meta'], { cwd: dir })).rejects.toThrow(/no log files in folder meta \(read: \*\.log/);
  });
});

describe('discoverSources: files', () => {
  it('keeps an empty file: it has no lines, and the analysis will call it unknown', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'empty.log'), '');
    const { sources, notes } = await discoverSources(['empty.log'], { cwd: dir });
    expect(sources).toHaveLength(1);
    expect(sources[0]?.size).toBe(0);
    expect(notes).toEqual([]);
    const result = await readLines(await sources[0]!.open(), () => {});
    expect(result.lines).toBe(0);
  });

  it('skips a binary file with a note, but reads UTF-16 text whose NULs a BOM explains', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'core.dump'), Buffer.concat([Buffer.from('ELF'), Buffer.alloc(64)]));
    await writeFile(join(dir, 'wide.log'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('error: disk full\n', 'utf16le')]));
    await writeFile(join(dir, 'old.log.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]));
    const { sources, notes } = await discoverSources(['core.dump', 'wide.log', 'old.log.gz'], { cwd: dir });
    expect(sources.map((s) => s.path)).toEqual(['wide.log']);
    expect(notes).toEqual([
      'skipped core.dump: binary (NUL bytes in the first 8 KiB)',
      'skipped old.log.gz: gzip-compressed (decompress it first)',
    ]);
    expect(await firstLines(sources[0]!, 1)).toEqual(['error: disk full']);
  });

  it('streams a 1 GiB file in bounded chunks instead of reading it whole', async () => {
    const dir = await dirs.make();
    const path = join(dir, 'huge.log');
    const size = 1024 ** 3;
    const handle = await open(path, 'w');
    await handle.write('2024-05-06T09:50:14.1206542Z first line\n'.repeat(300));
    await handle.truncate(size); // sparse: the rest reads as zeros without taking disk space
    await handle.close();
    const { sources } = await discoverSources([path], { cwd: dir });
    expect(sources[0]?.size).toBe(size);
    const before = process.memoryUsage().rss;
    let chunks = 0;
    let bytes = 0;
    for await (const chunk of await sources[0]!.open()) {
      expect(chunk.length).toBeLessThanOrEqual(READ_CHUNK_BYTES);
      bytes += chunk.length;
      if (++chunks === 40) break; // 10 MiB is enough to see it stream
    }
    expect(bytes).toBe(40 * READ_CHUNK_BYTES);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('reads a file named explicitly whatever its extension, and each real file once', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'results.json'), '{"error": "boom"}\n');
    const found = await discoverSources(['results.json', join(dir, 'results.json'), './results.json'], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual(['results.json']);
  });

  it('shows paths relative to cwd inside it and absolute outside it, with control characters escaped', async () => {
    const inside = await dirs.make();
    const outside = await dirs.make();
    await writeFile(join(inside, 'a.log'), 'a\n');
    await writeFile(join(outside, 'evil\nname\x1b[31m.log'), 'b\n');
    const found = await discoverSources(['a.log', join(outside, 'evil\nname\x1b[31m.log')], { cwd: inside });
    expect(found.sources.map((s) => s.path)).toEqual(['a.log', join(outside, 'evil\\x0aname\\x1b[31m.log')]);
    expect(await readSourceText(found.sources[1]!)).toBe('b\n');
  });
});

describe('discoverSources: folders', () => {
  it('walks recursively in a fixed order, reading logs and skipping metadata, hidden files and node_modules', async () => {
    const dir = await dirs.make();
    await writeTree(dir, {
      'run/10_deploy.txt': 'x',
      'run/2_test.txt': 'x',
      'run/jobs.json': '{}',
      'run/metadata.yml': 'a: 1',
      'run/report.xml': '<a/>',
      'run/screen.png': 'png',
      'app.log': 'x',
      'app.log.1': 'x',
      'stdout.out': 'x',
      'stderr.err': 'x',
      'console': 'x',
      '.hidden.log': 'x',
      '.git/HEAD': 'x',
      'node_modules/pkg/debug.log': 'x',
    });
    const logger = new RecordingLogger();
    const found = await discoverSources([dir], { cwd: dir, logger });
    expect(found.sources.map((s) => s.path)).toEqual([
      'app.log', 'app.log.1', 'console', join('run', '2_test.txt'), join('run', '10_deploy.txt'), 'stderr.err', 'stdout.out',
    ]);
    expect(found.notes).toEqual([]);
    expect(logger.text('debug')).toContain(`skipped ${join('run', 'jobs.json')} (not a log file)`);
  });

  it('skips a symlink that points outside the folder with a note, and follows one inside', async () => {
    const root = await dirs.make();
    const secret = await dirs.make();
    await writeFile(join(secret, 'passwd.log'), 'root:x:0:0\n');
    await writeTree(root, { 'logs/real.log': 'inside\n' });
    await symlink(join(secret, 'passwd.log'), join(root, 'logs', 'leak.log'));
    await symlink(secret, join(root, 'logs', 'leak-dir'));
    await symlink(join(root, 'logs', 'real.log'), join(root, 'logs', 'alias.log'));
    const found = await discoverSources(['logs'], { cwd: root });
    expect(found.sources.map((s) => s.path)).toEqual([join('logs', 'alias.log')]);
    expect(found.notes).toEqual([
      `skipped symlink ${join('logs', 'leak-dir')}: it points outside logs`,
      `skipped symlink ${join('logs', 'leak.log')}: it points outside logs`,
    ]);
    expect(await readSourceText(found.sources[0]!)).toBe('inside\n');
  });

  it('ends on symlink cycles and notes broken links', async () => {
    const root = await dirs.make();
    await writeTree(root, { 'a/b/deep.log': 'deep\n' });
    await symlink(join(root, 'a'), join(root, 'a', 'b', 'loop'));
    await symlink(join(root, 'a', 'b'), join(root, 'a', 'again'));
    await symlink(join(root, 'gone.log'), join(root, 'a', 'broken.log'));
    const found = await discoverSources(['a'], { cwd: root });
    // `again` sorts before `b`, so the file is met through the alias first, and only once.
    expect(found.sources.map((s) => s.path)).toEqual([join('a', 'again', 'deep.log')]);
    expect(await readSourceText(found.sources[0]!)).toBe('deep\n');
    expect(found.notes).toEqual([`skipped broken symlink ${join('a', 'broken.log')}: not found`]);
  });

  it('reads a folder of 10,000 small logs quickly, and caps it at maxFiles with a note', async () => {
    const root = await dirs.make();
    const names: string[] = [];
    for (let folder = 0; folder < 10; folder++) {
      await mkdir(join(root, 'runs', `run-${folder}`), { recursive: true });
      for (let file = 0; file < 1000; file++) names.push(join('runs', `run-${folder}`, `job-${file}.log`));
    }
    for (let i = 0; i < names.length; i += 500) {
      await Promise.all(names.slice(i, i + 500).map((name) => writeFile(join(root, name), `2024-05-06T09:50:14.1206542Z ${name}\n`)));
    }
    const started = performance.now();
    const found = await discoverSources(['runs'], { cwd: root });
    const elapsed = performance.now() - started;
    console.info(`discovered 10,000 small logs in ${elapsed.toFixed(0)} ms`);
    expect(found.sources).toHaveLength(10_000);
    expect(found.notes).toEqual([]);
    expect(found.sources[0]?.path).toBe(join('runs', 'run-0', 'job-0.log'));
    expect(found.sources[1]?.path).toBe(join('runs', 'run-0', 'job-1.log'));
    // About 1 s alone on a 2-core machine; the bound leaves room for a busy parallel test run.
    expect(elapsed).toBeLessThan(10_000);

    const capped = await discoverSources(['runs'], { cwd: root, limits: { maxFiles: 1500 } });
    expect(capped.sources).toHaveLength(1500);
    expect(capped.sources.at(-1)?.path).toBe(join('runs', 'run-1', 'job-499.log'));
    expect(capped.notes).toEqual(['stopped at 1500 log files (maxFiles); the rest were not read']);
  });

  it('gives each file of a mixed folder its own format', async () => {
    const found = await discoverSources([MIXED], { cwd: resolve(MIXED, '..') });
    const formats: Record<string, string> = {};
    for (const source of found.sources) formats[source.path] = detectFormat(await firstLines(source, 50));
    expect(formats).toEqual({
      [join('mixed', 'app.log')]: 'plain',
      [join('mixed', 'gh-run-view.txt')]: 'github-cli',
      [join('mixed', 'job-raw.log')]: 'github-raw',
    });
  });
});

describe('discoverSources: globs', () => {
  it('expands a glob in sorted order, filtered like a folder', async () => {
    const dir = await dirs.make();
    await writeTree(dir, { 'logs/b/2.log': 'x', 'logs/a/1.log': 'x', 'logs/a/meta.json': '{}', 'logs/a/notes.txt': 'x' });
    const found = await discoverSources(['logs/**/*'], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual([join('logs', 'a', '1.log'), join('logs', 'a', 'notes.txt'), join('logs', 'b', '2.log')]);
  });

  it('takes the extension a glob names, and notes a glob that matches nothing', async () => {
    const dir = await dirs.make();
    await writeTree(dir, { 'out/a.json': '{"a":1}\n', 'out/b.json': '{"b":2}\n' });
    const found = await discoverSources(['out/*.json', 'nothing/**/*.log'], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual([join('out', 'a.json'), join('out', 'b.json')]);
    expect(found.notes).toEqual(['no log files match nothing/**/*.log']);
  });

  it('does not follow a matched symlink out of the glob\'s folder', async () => {
    const dir = await dirs.make();
    const secret = await dirs.make();
    await writeFile(join(secret, 'key.log'), 'secret\n');
    await writeTree(dir, { 'logs/ok.log': 'ok\n' });
    await symlink(join(secret, 'key.log'), join(dir, 'logs', 'key.log'));
    const found = await discoverSources(['logs/*.log'], { cwd: dir });
    expect(found.sources.map((s) => s.path)).toEqual([join('logs', 'ok.log')]);
    expect(found.notes).toEqual([`skipped symlink ${join('logs', 'key.log')}: it points outside logs`]);
  });
});
