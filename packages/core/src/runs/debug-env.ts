import type { Toolchain } from './toolchain.js';

/** Turns on the runner's step debug logs when the job is re-run on GitHub (as a secret or variable). */
const RUNNER_DEBUG = { ACTIONS_STEP_DEBUG: 'true' } as const;

const NODE = { DEBUG: '*' };
const PYTHON = { PYTHONFAULTHANDLER: '1', PYTHONUNBUFFERED: '1' };

/** Variables that make each tool chain say more about what went wrong. */
const BY_TOOLCHAIN: Record<Toolchain, Record<string, string>> = {
  jest: NODE,
  vitest: NODE,
  mocha: NODE,
  karma: NODE,
  node: NODE,
  tsc: {},
  eslint: { DEBUG: 'eslint:*' },
  pytest: PYTHON,
  unittest: PYTHON,
  python: PYTHON,
  go: { GOFLAGS: '-v', GOTRACEBACK: 'all' },
  cargo: { RUST_BACKTRACE: '1' },
  maven: {},
  gradle: {},
  docker: { BUILDKIT_PROGRESS: 'plain' },
  terraform: { TF_LOG: 'DEBUG' },
  unknown: {},
};

/**
 * Debug environment for a tool chain: the tool's own switches, plus the runner's
 * `ACTIONS_STEP_DEBUG` when the log came from GitHub Actions (it means nothing elsewhere).
 */
export function debugEnvFor(toolchain: Toolchain, onGitHubRunner = true): Record<string, string> {
  return { ...(onGitHubRunner ? RUNNER_DEBUG : {}), ...BY_TOOLCHAIN[toolchain] };
}

/** True for variables that only mean something on the runner (not worth setting locally). */
export function isRunnerVariable(name: string): boolean {
  return name.startsWith('ACTIONS_');
}
