#!/usr/bin/env node
/**
 * Bundles every action (`actions/<name>/src/index.ts` → `actions/<name>/dist/`, and each worker
 * thread script `actions/<name>/src/workers/<worker>.ts` → `actions/<name>/dist/<worker>/`) and
 * the CLI (`packages/cli/src/index.ts` → `packages/cli/dist/`) with @vercel/ncc, as ES modules.
 *
 * The output is committed, so it must be reproducible: no source maps, no source-map-register,
 * no build cache, no minification (reviewable diffs), and a check that no absolute path of
 * this machine leaked into it. Run it twice: the bytes are the same.
 *
 *   node scripts/bundle.mjs            build everything
 *   node scripts/bundle.mjs NAME...    build only these (action names, or `cli`)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** Every bundle this repository ships: name, entry file and output folder. */
function targets() {
  const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, entry: join(root, 'actions', name, 'src', 'index.ts'), out: join(root, 'actions', name, 'dist'), workers: workersOf(name) }))
    .filter((target) => existsSync(target.entry));
  // The CLI's bundle is its package's `bin`: executable, as npm leaves it once installed.
  const cli = { name: 'cli', entry: join(root, 'packages', 'cli', 'src', 'index.ts'), out: join(root, 'packages', 'cli', 'dist'), executable: true };
  return existsSync(cli.entry) ? [...actions, cli] : actions;
}

/** An action's worker thread scripts: `src/workers/<worker>.ts` → `dist/<worker>/index.js`. */
function workersOf(action) {
  const dir = join(root, 'actions', action, 'src', 'workers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => ({ entry: join(dir, file), out: join(root, 'actions', action, 'dist', file.slice(0, -3)) }));
}

/** Files under `dir`, recursively. */
function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesIn(path) : [path];
  });
}

/** Builds a target and then its workers (inside its output folder, so after it). */
function build(target) {
  const started = performance.now();
  rmSync(target.out, { recursive: true, force: true });
  for (const bundle of [target, ...(target.workers ?? [])]) compile(bundle);
  if (target.executable) chmodSync(join(target.out, 'index.js'), 0o755);
  const bytes = filesIn(target.out).reduce((sum, file) => sum + readFileSync(file).length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${relative(root, target.out)}: ${(bytes / 1024).toFixed(0)} KiB in ${seconds} s`);
}

function compile(target) {
  const args = [
    ncc, 'build', relative(root, target.entry),
    '--out', relative(root, target.out),
    '--no-source-map-register',
    '--no-cache',
    '--transpile-only',
    '--license', 'licenses.txt',
    '--target', 'es2022',
    '--quiet',
  ];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`ncc failed for ${relative(root, target.entry)} (exit ${result.status ?? result.signal})`);
  for (const file of filesIn(target.out)) {
    if (readFileSync(file, 'utf8').includes(root)) {
      throw new Error(`${relative(root, file)} contains this machine's path ${root}; the bundle would not be reproducible`);
    }
  }
}

const wanted = process.argv.slice(2);
const all = targets();
const unknown = wanted.filter((name) => !all.some((target) => target.name === name));
if (unknown.length > 0) {
  console.error(`unknown bundle ${unknown.join(', ')}; known: ${all.map((target) => target.name).join(', ')}`);
  process.exit(2);
}
try {
  for (const target of all.filter((t) => wanted.length === 0 || wanted.includes(t.name))) build(target);
} catch (error) {
  console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
