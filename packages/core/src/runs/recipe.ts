import type { FileReport, ReproductionRecipe, StepInfo } from '../report/model.js';
import { debugEnvFor, isRunnerVariable } from './debug-env.js';
import { localCommand } from './local-command.js';
import { shellWord } from './shell.js';
import { detectToolchain, type Toolchain } from './toolchain.js';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const INSTALL_COMMAND = /^\s*(?:npm (?:ci|install)|yarn(?: install)?|pnpm (?:install|i)|bun install|pip3? install|python3? -m pip install|poetry install|uv sync|pipenv install|bundle install|go mod download|composer install)\b.*$/m;
const DEFAULT_INSTALL: Partial<Record<Toolchain, string>> = {
  jest: 'npm ci',
  vitest: 'npm ci',
  mocha: 'npm ci',
  karma: 'npm ci',
  node: 'npm ci',
  tsc: 'npm ci',
  eslint: 'npm ci',
  go: 'go mod download',
};

/**
 * How to reproduce a failed job: its commit, workflow, job, failing step and command, the
 * `gh run rerun` line when the run id is known, a local command inferred from the tool chain
 * and the failing test, debug variables for that tool chain, and ordered instructions (the
 * array's order is the numbering; the strings carry no numbers). Undefined for files that did
 * not fail. Anything taken from the log or its API objects is shell-quoted where it enters a
 * command; the step's own command is shown as the workflow ran it.
 */
export function buildRecipe(file: FileReport): ReproductionRecipe | undefined {
  if (file.status !== 'failed') return undefined;
  const context = file.context ?? {};
  const step = failingStep(file);
  const command = step?.command?.trim() || undefined;
  const toolchain = detectToolchain(command, file);
  const local = localCommand(toolchain, command, file);
  const debugEnv = debugEnvFor(toolchain, file.format !== 'plain');
  const rerun = context.runId !== undefined ? rerunCommand(context.runId, context.repository) : undefined;
  const recipe: ReproductionRecipe = {
    path: file.path,
    job: context.jobName,
    workflow: context.workflow,
    headSha: context.headSha,
    runId: context.runId,
    step: step?.name,
    command,
    rerun,
    local,
    debugEnv,
    steps: [],
  };
  recipe.steps = instructions(recipe, file, step, toolchain);
  return recipe;
}

/** The step the top failure is in when it failed, else the first failed step with a command, else the first failed step. */
function failingStep(file: FileReport): StepInfo | undefined {
  const failed = file.steps.filter((step) => step.failed);
  const named = file.failures[0]?.step;
  return failed.find((step) => step.name === named) ?? failed.find((step) => step.command) ?? failed[0];
}

function rerunCommand(runId: number, repository: string | undefined): string {
  const repo = repository && REPOSITORY.test(repository) ? ` --repo ${shellWord(repository)}` : '';
  return `gh run rerun ${runId} --failed${repo}`;
}

function instructions(recipe: ReproductionRecipe, file: FileReport, step: StepInfo | undefined, toolchain: Toolchain): string[] {
  const lines: string[] = [];
  const where = [recipe.workflow && `workflow "${recipe.workflow}"`, recipe.job && `job "${recipe.job}"`].filter(Boolean).join(', ');
  if (recipe.headSha) {
    const sha = shellWord(recipe.headSha);
    lines.push(`Check out the commit the run built${where ? ` (${where})` : ''}: git fetch origin ${sha} && git checkout ${sha}`);
  } else {
    lines.push(`Check out the commit the run built${where ? ` (${where})` : ''}; it is not recorded beside this log`);
  }
  const failingStepInstalls = recipe.command !== undefined && INSTALL_COMMAND.test(recipe.command);
  const install = installCommand(file, step) ?? DEFAULT_INSTALL[toolchain];
  if (!failingStepInstalls) {
    lines.push(install ? `Install dependencies as the workflow does: ${install}` : 'Install dependencies as the workflow does');
  }
  if (recipe.command) {
    const script = recipe.command.split('\n').filter((line) => line.trim() !== '');
    const shown = script.length > 1 ? `${script[0]} (the first of its ${script.length} script lines; the report's command holds them all)` : recipe.command;
    lines.push(`Run the failing step${recipe.step ? ` "${recipe.step}"` : ''} as the workflow does: ${shown}`);
  }
  if (recipe.local && recipe.local !== recipe.command) {
    lines.push(`Run only what failed, with CI behaviour and debug output: ${envPrefix(recipe.debugEnv)}${recipe.local}`);
  }
  if (recipe.rerun) lines.push(`Or re-run the failed jobs on GitHub with runner debug logs: ${recipe.rerun} --debug`);
  return lines;
}

/** The first line of an install command run by a step before the failing one. */
function installCommand(file: FileReport, failing: StepInfo | undefined): string | undefined {
  for (const step of file.steps) {
    if (step === failing) break;
    const match = step.command ? INSTALL_COMMAND.exec(step.command) : null;
    if (match) return match[0].trim();
  }
  return undefined;
}

function envPrefix(env: Record<string, string>): string {
  const local = Object.entries(env).filter(([name]) => !isRunnerVariable(name));
  return ['CI=true', ...local.map(([name, value]) => `${name}=${shellWord(value)}`)].join(' ') + ' ';
}
