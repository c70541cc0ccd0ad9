import { posix } from 'node:path';

/**
 * Which files met while walking a folder, expanding a glob or listing a zip are read.
 * Logs are `*.log`, `*.txt`, `*.out`, `*.err` (and `*.stdout`, `*.stderr`, `*.output`), rotated
 * logs such as `app.log.1` or `app.log.2024-05-06`, and names without an extension (but not
 * `LICENSE`, `README`, `Makefile` and the like). Zips are
 * sources too (their entries are read). Everything else, such as the JSON/YAML/XML metadata that
 * collectors store beside logs, images or archives of other kinds, is skipped. A file the user
 * names explicitly is read whatever its name.
 */
export type NameKind = 'log' | 'zip' | 'other';

const LOG_EXTENSIONS = new Set(['.log', '.txt', '.out', '.err', '.stdout', '.stderr', '.output']);
const ROTATED_LOG = /\.(?:log|txt|out|err)\.(?:\d+|\d{4}-\d\d-\d\d[-_.T\d]*)$/i;
/**
 * Files that are documents or build files, not logs, and the summary collect-logs writes beside
 * its manifest (`analysis_summary.txt`: it quotes failures, so reading it would count them twice).
 */
const NOT_LOGS = /^(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CONTRIBUTORS|README|CHANGELOG|CHANGES|Makefile|Dockerfile|Jenkinsfile|Gemfile|Rakefile|Procfile|Vagrantfile|CODEOWNERS|analysis_summary\.txt)$/i;

/** How a file found by walking is treated, from its base name alone. */
export function classifyName(name: string): NameKind {
  const base = posix.basename(name.replace(/\\/g, '/'));
  const extension = extensionOf(base);
  if (extension === '.zip') return 'zip';
  if (NOT_LOGS.test(base)) return 'other';
  if (extension === '' || LOG_EXTENSIONS.has(extension) || ROTATED_LOG.test(base)) return 'log';
  return 'other';
}

/** True for a name ending in `.zip` (any case). */
export function isZipName(name: string): boolean {
  return name.toLowerCase().endsWith('.zip');
}

/** Lower-case extension with its dot; empty for `Makefile` and for dotfiles such as `.env`. */
export function extensionOf(base: string): string {
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/**
 * Deterministic order for names met in folders and zips: runs of digits compare as numbers
 * (`2_test.txt` before `10_deploy.txt`), everything else by UTF-16 code unit, so the order is the
 * same on every machine whatever its locale.
 */
export function compareNames(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      const endA = digitsEnd(a, i);
      const endB = digitsEnd(b, j);
      const order = compareDigitRuns(a.slice(i, endA), b.slice(j, endB));
      if (order !== 0) return order;
      i = endA;
      j = endB;
    } else if (ca !== cb) {
      return ca - cb;
    } else {
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Compares two runs of digits by value, however long they are. */
function compareDigitRuns(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
