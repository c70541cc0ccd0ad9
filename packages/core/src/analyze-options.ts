import type { InputLimits } from './input/source.js';
import type { Category } from './report/model.js';
import type { Logger } from './logger.js';

export interface AnalyzeProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

/** Everything `analyze()` needs; plain data so the actions, the CLI and tests share it. */
export interface AnalyzeOptions {
  /** Files, folders, globs or zips to analyse. */
  paths: string[];
  /** Passing logs of the same jobs: lines that also appear there are not causes. */
  baseline?: string[];
  /** Resolve relative paths and globs against this folder (default: process.cwd()). */
  cwd?: string;
  /** Repository `owner/name`, used to map runner paths (`/home/runner/work/<r>/<r>/…`) to repo paths. */
  repository?: string;
  /** How many ranked excerpts to keep per failed file (default 5). */
  maxFailuresPerFile?: number;
  /** How many recurring patterns to report (default 20). */
  maxPatterns?: number;
  limits?: Partial<InputLimits>;
  logger?: Logger;
  /** Called now and then while reading large inputs. */
  onProgress?: (progress: AnalyzeProgress) => void;
  /** Clock, for tests (default: Date.now). */
  now?: () => number;
}

/** Categories a user may name in `fail-on`, plus `any` (any failed job). */
export type FailOnSelector = Category | 'any';
