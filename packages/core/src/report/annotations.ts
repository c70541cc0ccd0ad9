import type { Failure, FileReport, Report } from './model.js';
import { topFailure } from './job-category.js';
import { toRepoPath, type RepoPathOptions } from './paths.js';
import { clean } from './markdown/untrusted.js';

/** The most annotations GitHub shows for one job (per step: 10 errors and 10 warnings). */
export const RUNNER_ANNOTATION_LIMIT = 50;

/** Most excerpt lines quoted in one annotation's message. */
const MESSAGE_LINES = 20;
/** Longest message kept (characters). */
const MESSAGE_CHARS = 4000;

/** A check-run annotation, shaped like `@actions/core`'s annotation properties plus its text. */
export interface Annotation {
  level: 'error' | 'warning';
  /** Short heading: the class and the job. */
  title: string;
  /** The cause line, then the excerpt around it. Plain text (the runner escapes it). */
  message: string;
  /** Repository-relative file the cause points at, when it names one inside the checkout. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationOptions extends RepoPathOptions {
  /** How many annotations at most (clamped to 0..50). */
  max: number;
}

interface Candidate {
  level: Annotation['level'];
  file: FileReport;
  failure: Failure;
}

function jobLabel(file: FileReport): string {
  return file.context?.jobName ?? file.path;
}

function messageOf(file: FileReport, failure: Failure): string {
  const lines = [failure.title, '', `${file.path}:${failure.errorLine}`];
  const excerpt = failure.lines.slice(0, MESSAGE_LINES);
  if (excerpt.length > 0) lines.push('', ...excerpt);
  if (failure.lines.length > excerpt.length) lines.push(`… ${failure.lines.length - excerpt.length} more lines in the report`);
  // Log text is untrusted: no control or bidi characters in what the runner shows.
  const message = clean(lines.join('\n'));
  return message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message;
}

function toAnnotation(candidate: Candidate, options: RepoPathOptions): Annotation {
  const { file, failure } = candidate;
  const annotation: Annotation = {
    level: candidate.level,
    title: clean(`${failure.category}: ${jobLabel(file)}`),
    message: messageOf(file, failure),
  };
  const repoFile = failure.location ? toRepoPath(failure.location.file, options) : undefined;
  if (repoFile && failure.location) {
    annotation.file = repoFile;
    if (failure.location.line !== undefined) annotation.startLine = failure.location.line;
    if (failure.location.column !== undefined && failure.location.line !== undefined) {
      annotation.startColumn = failure.location.column;
    }
  }
  return annotation;
}

/** Identity of a cause for deduplication: the same message at the same place is one annotation. */
function dedupeKey(annotation: Annotation, failure: Failure): string {
  const where = annotation.file ? `${annotation.file}:${annotation.startLine ?? ''}` : '';
  return `${failure.category}\u0000${failure.title.trim().toLowerCase()}\u0000${where}`;
}

function failedFiles(report: Report): FileReport[] {
  return report.files.filter((file) => file.status === 'failed' && file.failures.length > 0);
}

function byConfidence(a: Candidate, b: Candidate): number {
  return b.failure.confidence - a.failure.confidence;
}

/**
 * The annotations worth showing for a report: first the top cause of each failed job (errors,
 * most confident first), then further causes that point at a source file (warnings), with the
 * same cause seen in several jobs shown once, and no more than `max` in all.
 */
export function selectAnnotations(report: Report, options: AnnotationOptions): Annotation[] {
  const max = Math.max(0, Math.min(RUNNER_ANNOTATION_LIMIT, Math.floor(options.max)));
  const files = failedFiles(report);
  const topCauses: Candidate[] = files
    .flatMap((file) => {
      const failure = topFailure(file);
      return failure ? [{ level: 'error' as const, file, failure }] : [];
    })
    .sort(byConfidence);
  const locatedCauses: Candidate[] = files
    .flatMap((file) =>
      file.failures
        .filter((failure) => failure.rank > 1 && failure.location)
        .map((failure) => ({ level: 'warning' as const, file, failure })),
    )
    .sort(byConfidence);

  const selected: Annotation[] = [];
  const seen = new Set<string>();
  for (const candidate of [...topCauses, ...locatedCauses]) {
    if (selected.length >= max) break;
    const annotation = toAnnotation(candidate, options);
    const key = dedupeKey(annotation, candidate.failure);
    if (seen.has(key)) continue;
    seen.add(key);
    selected.push(annotation);
  }
  return selected;
}
