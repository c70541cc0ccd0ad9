/**
 * Maps the paths a job log prints (absolute paths on the runner) to paths relative to the
 * repository root, which is what GitHub needs to place an annotation on a file.
 */

/** Where the runner checks a repository out: `<prefix>/<repo>/<repo>/`. */
const RUNNER_CHECKOUT_PREFIXES = [
  /^\/home\/runner\/work\/([^/]+)\/\1\//,
  /^\/Users\/runner\/work\/([^/]+)\/\1\//,
  /^\/__w\/([^/]+)\/\1\//,
  /^[A-Za-z]:\/a\/([^/]+)\/\1\//,
];

export interface RepoPathOptions {
  /** `owner/name`; when given, only checkouts of this repository are recognised. */
  repository?: string;
  /** The job's workspace (`GITHUB_WORKSPACE`), recognised as a checkout root too. */
  workspace?: string;
}

/** Forward slashes, no `./` prefix, `..`-free; `undefined` for a path that leaves its root. */
function normaliseRelative(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/**
 * The repository-relative form of a path printed in a log, or `undefined` when it is outside
 * the checkout (a dependency in the tool cache, a system file) and so can't be annotated.
 * Already-relative paths are kept (normalised).
 */
export function toRepoPath(printed: string, options: RepoPathOptions = {}): string | undefined {
  const path = printed.trim().replace(/\\/g, '/');
  if (path === '') return undefined;
  const repoName = options.repository?.split('/')[1];
  const workspace = options.workspace?.replace(/\\/g, '/').replace(/\/+$/, '');
  if (workspace && (path === workspace || path.startsWith(`${workspace}/`))) {
    return normaliseRelative(path.slice(workspace.length));
  }
  for (const prefix of RUNNER_CHECKOUT_PREFIXES) {
    const match = prefix.exec(path);
    if (!match) continue;
    if (repoName && match[1] !== repoName) return undefined;
    return normaliseRelative(path.slice(match[0].length));
  }
  if (isAbsolute(path)) return undefined;
  return normaliseRelative(path);
}
