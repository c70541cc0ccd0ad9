/**
 * Runs a bundled action (`node actions/<name>/dist/index.js`) as a subprocess the way the
 * runner does: inputs as `INPUT_<NAME>` (defaults from action.yml filled in), the file
 * commands (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_STATE`, `GITHUB_ENV`,
 * `GITHUB_PATH`) as files in a temp folder, and the usual `GITHUB_*`/`RUNNER_*` variables.
 * Returns what a workflow would see: outputs, summary, workflow commands, exit code.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A `::name key=value,…::message` line from the action's stdout, unescaped. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** Wall time of the node process, start to exit. */
  durationMs: number;
  workspace: string;
  runnerTemp: string;
}

export interface RunActionOptions {
  /** Inputs by their action.yml names; inputs not given get action.yml's default, as on a runner. */
  inputs?: Record<string, string>;
  /** The job's workspace (`GITHUB_WORKSPACE`, and the process's cwd); a fresh temp folder if not given. */
  workspace?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string }>;
}

/** The path of an action's bundle. */
export function bundlePath(action: string): string {
  return join(REPO_ROOT, 'actions', action, 'dist', 'index.js');
}

/** `INPUT_<NAME>`: upper case, spaces to underscores (dashes stay), as the runner names them. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

async function inputEnvironment(action: string, given: Record<string, string>): Promise<Record<string, string>> {
  const metadata = parseYaml(await readFile(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) env[inputVariable(name)] = spec.default ?? '';
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value;
  return env;
}

/** The parent's environment without anything a runner or an outer action set. */
function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(name)) continue;
    env[name] = value;
  }
  return env;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow commands (`::error file=a,line=1::text`) in stdout. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1] as string, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

/** Values in a `GITHUB_OUTPUT` file: `name<<DELIMITER` … `DELIMITER` blocks and `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) throw new Error(`GITHUB_OUTPUT: ${name} has no closing ${delimiter}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** A fresh empty folder to use as a job's workspace. */
export async function makeWorkspace(): Promise<string> {
  const workspace = join(await mkdtemp(join(tmpdir(), 'prodfix-workspace-')), 'workspace');
  await mkdir(workspace);
  return workspace;
}

/** Runs the bundled action once and collects what the runner would. */
export async function runAction(action: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const bundle = bundlePath(action);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run bundle\` first`);
  const home = await mkdtemp(join(tmpdir(), `prodfix-${action}-`));
  const workspace = options.workspace ?? join(home, 'workspace');
  const runnerTemp = join(home, 'runner-temp');
  await mkdir(workspace, { recursive: true });
  await mkdir(runnerTemp, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(home, 'output'),
    GITHUB_STEP_SUMMARY: join(home, 'summary.md'),
    GITHUB_STATE: join(home, 'state'),
    GITHUB_ENV: join(home, 'env'),
    GITHUB_PATH: join(home, 'path'),
  };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  const env = {
    ...baseEnvironment(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: action,
    GITHUB_ACTION_PATH: join(REPO_ROOT, 'actions', action),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '9f2c1e7d3b5a4c6e8f0a1b2c3d4e5f6a7b8c9d0e',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'analyze',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...files,
    ...(await inputEnvironment(action, options.inputs ?? {})),
    ...options.env,
  };

  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
  const durationMs = performance.now() - started;

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands: parseCommands(stdout),
    durationMs,
    workspace,
    runnerTemp,
  };
}
