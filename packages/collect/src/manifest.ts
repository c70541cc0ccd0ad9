import type { RedactionCounts } from './redact/redactor.js';
import type { Problem } from './problems.js';

/** Version of the manifest layout; bumped on any incompatible change (schema: `schema/manifest.schema.json`). */
export const MANIFEST_VERSION = 1;

/** What a listed file is. */
export type FileRole = 'run' | 'job' | 'job-log' | 'app-log' | 'git-log' | 'system-snapshot';

/** One file in the folder, or one we meant to write and could not (`status: 'missing'`). */
export interface ManifestFile {
  /** Relative to the folder, `/`-separated. For a missing file, where it would have been. */
  path: string;
  role: FileRole;
  status: 'ok' | 'missing';
  /** Bytes on disk (after redaction). */
  size?: number;
  sha256?: string;
  /** Redactions made in this file, by kind. */
  redactions: RedactionCounts;
  runId?: number;
  attempt?: number;
  jobId?: number;
  jobName?: string;
  conclusion?: string | null;
  headSha?: string;
  /** True for files of a baseline (last successful) run. */
  baseline?: boolean;
  /** For app logs: the path in the workspace it was copied from. */
  source?: string;
  /** For job logs: fetched from the job-logs endpoint or read from the attempt's run-log zip. */
  via?: 'job-logs' | 'run-log-zip';
  problem?: Problem;
}

/** One run attempt collected. */
export interface ManifestRun {
  id: number;
  attempt: number;
  /** Folder of this attempt, relative to the collection folder. */
  dir: string;
  workflowId: number;
  workflowName: string | null;
  headSha: string;
  headBranch: string | null;
  event: string;
  conclusion: string | null;
  htmlUrl: string;
  createdAt: string;
  baseline: boolean;
  /** For a baseline run: the id of the failed run it is the baseline of. */
  baselineFor?: number;
}

/** The index of a collection folder (`manifest.json`). */
export interface Manifest {
  schemaVersion: typeof MANIFEST_VERSION;
  tool: { name: 'prodfix-collect'; version: string };
  createdAt: string;
  repository: string;
  apiUrl: string;
  runs: ManifestRun[];
  files: ManifestFile[];
  /** Redactions over all files, by kind. */
  redactions: RedactionCounts;
  totals: { runs: number; jobs: number; files: number; bytes: number; missing: number; redactions: number };
}
