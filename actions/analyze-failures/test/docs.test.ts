import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Input, Output } from '../src/constants.js';

const script = fileURLToPath(new URL('../../../scripts/docs.mjs', import.meta.url));
const START = '<!-- action-docs:analyze-failures:start -->';
const END = '<!-- action-docs:analyze-failures:end -->';
const actionYml = fileURLToPath(new URL('../action.yml', import.meta.url));

function docs(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A scratch repository: this action's action.yml, a second action, and a README holding `block`. */
async function repoWith(block: string, other = 'name: other\ndescription: x\noutputs:\n  done:\n    description: Whether it ran.\n'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'prodfix-docs-'));
  await mkdir(join(root, 'actions', 'analyze-failures'), { recursive: true });
  await mkdir(join(root, 'actions', 'other'), { recursive: true });
  await copyFile(actionYml, join(root, 'actions', 'analyze-failures', 'action.yml'));
  await writeFile(join(root, 'actions', 'other', 'action.yml'), other);
  const otherBlock = '<!-- action-docs:other:start -->\n<!-- action-docs:other:end -->';
  await writeFile(join(root, 'README.md'), `# prodfix\n\nintro\n\n${block}\n\nmore text\n\n${otherBlock}\n`);
  return root;
}

describe('scripts/docs.mjs', () => {
  it('fails --check on a stale block, saying what drifted, and rewrites it from action.yml', async () => {
    const root = await repoWith(`${START}\n| \`path\` | old text |\n${END}`);
    const stale = docs(root, '--check');
    expect(stale.status).toBe(1);
    expect(stale.output).toContain('README.md: the analyze-failures block differs from actions/analyze-failures/action.yml');
    expect(stale.output).toContain('README has "| `path` | old text |"');

    expect(docs(root).status).toBe(0);
    const text = await readFile(join(root, 'README.md'), 'utf8');
    for (const input of Object.values(Input)) expect(text).toContain(`| \`${input}\` |`);
    for (const output of Object.values(Output)) expect(text).toContain(`| \`${output}\` |`);
    expect(text).toContain('    # Default: prodfix-report.json\n    report-path: \'\'');
    expect(text.startsWith('# prodfix\n\nintro\n\n')).toBe(true);
    expect(text).toContain(`${END}\n\nmore text\n`);

    expect(text).toContain('| `done` | Whether it ran. |');
    expect(docs(root, '--check')).toEqual({ status: 0, output: 'README.md action docs are up to date.\n' });
  });

  it('fails when the README has no block for an action', async () => {
    const root = await repoWith('no markers here');
    const result = docs(root, '--check');
    expect(result.status).toBe(1);
    expect(result.output).toContain('README.md has no "<!-- action-docs:analyze-failures:start -->"');
  });

  it('says which action.yml is not valid YAML', async () => {
    const root = await repoWith(`${START}\n${END}`, 'name: other\ndescription: Token (needs `actions: read`). Masked\n');
    const result = docs(root, '--check');
    expect(result.status).toBe(1);
    expect(result.output).toContain('actions/other/action.yml is not valid YAML: Nested mappings are not allowed in compact mappings');
  });
});
