import { describe, expect, it } from 'vitest';
import { PRODFIX_VERSION, ServiceUnavailableError } from '@prodfix/core';
import type { Command } from '../src/commands/command.js';
import { main } from '../src/main.js';
import { fakeIo } from './fake-io.js';

describe('prodfix (top level)', () => {
  it('prints help listing the public commands, not the hidden ones', async () => {
    const io = fakeIo({ cwd: process.cwd() });
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout.text).toContain('Usage: prodfix <command>');
    expect(io.stdout.text).toMatch(/^\s+analyze\s+explain why/m);
    expect(io.stdout.text).not.toContain('mine-templates');
  });

  it('prints a subcommand help with `help analyze` and `analyze --help`', async () => {
    for (const argv of [['help', 'analyze'], ['analyze', '--help']]) {
      const io = fakeIo({ cwd: process.cwd() });
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout.text).toContain('Usage: prodfix analyze <paths…>');
      expect(io.stdout.text).toContain('--baseline <paths…>');
    }
  });

  it('prints the version', async () => {
    const io = fakeIo({ cwd: process.cwd() });
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout.text).toBe(`${PRODFIX_VERSION}\n`);
  });

  it('exits 2 with help on stderr when given nothing, and with one line for an unknown command', async () => {
    const empty = fakeIo({ cwd: process.cwd() });
    expect(await main([], empty)).toBe(2);
    expect(empty.stdout.text).toBe('');
    expect(empty.stderr.text).toContain('Usage: prodfix');

    const unknown = fakeIo({ cwd: process.cwd() });
    expect(await main(['analyse', 'x.log'], unknown)).toBe(2);
    expect(unknown.stderr.text).toBe('prodfix: unknown command "analyse"; commands: analyze, collect (see prodfix --help)\n');
  });

  it('reports an internal error with exit code 70, the stack only with PRODFIX_DEBUG=1', async () => {
    const broken: Command = {
      name: 'broken',
      summary: 'throws',
      help: '',
      run: () => Promise.reject(new TypeError('cannot read properties of undefined\nsecond line')),
    };
    const quiet = fakeIo({ cwd: process.cwd() });
    expect(await main(['broken'], quiet, [broken])).toBe(70);
    expect(quiet.stderr.text).toContain('prodfix: internal error: cannot read properties of undefined\n');
    expect(quiet.stderr.text).not.toContain('    at ');

    const debug = fakeIo({ cwd: process.cwd(), env: { PRODFIX_DEBUG: '1' } });
    expect(await main(['broken'], debug, [broken])).toBe(70);
    expect(debug.stderr.text).toContain('TypeError: cannot read properties of undefined');
    expect(debug.stderr.text).toMatch(/\n\s+at /);
  });

  it('reports an unreachable service in one line with exit code 69, not as a bug', async () => {
    const offline: Command = {
      name: 'offline',
      summary: 'cannot reach GitHub',
      help: '',
      run: () => Promise.reject(new ServiceUnavailableError("could not reach GitHub's API at http://127.0.0.1:9 reading run 5 (connect ECONNREFUSED)")),
    };
    const io = fakeIo({ cwd: process.cwd() });
    expect(await main(['offline'], io, [offline])).toBe(69);
    expect(io.stderr.text).toBe("prodfix: could not reach GitHub's API at http://127.0.0.1:9 reading run 5 (connect ECONNREFUSED)\n");
  });
});
