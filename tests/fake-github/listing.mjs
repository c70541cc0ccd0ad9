// Filters and pagination of list endpoints, with GitHub's `Link` header.

const RUN_STATUSES = new Set(['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending']);

/**
 * Whether an ISO time matches a `created` qualifier: `>=D`, `>D`, `<=D`, `<D`, `D..D` or `D`.
 * @param {string} createdAt
 * @param {string} qualifier
 */
export function matchesCreated(createdAt, qualifier) {
  const time = Date.parse(createdAt);
  const range = qualifier.split('..');
  if (range.length === 2) {
    const [from = '*', to = '*'] = range;
    return (from === '*' || time >= Date.parse(from)) && (to === '*' || time <= endOf(to));
  }
  const match = /^(>=|<=|>|<)?(.+)$/.exec(qualifier);
  if (!match) return true;
  const [, op, date = ''] = match;
  switch (op) {
    case '>=': return time >= Date.parse(date);
    case '>': return time > endOf(date);
    case '<=': return time <= endOf(date);
    case '<': return time < Date.parse(date);
    default: return time >= Date.parse(date) && time <= endOf(date);
  }
}

/**
 * The last millisecond a date qualifier covers (a whole day for `YYYY-MM-DD`).
 * @param {string} date
 */
function endOf(date) {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(date) + 86_400_000 - 1 : Date.parse(date);
}

/**
 * The runs (latest attempt each) that a list-runs query selects, newest first.
 * @param {import('./scenario.mjs').Run[]} runs
 * @param {URLSearchParams} query
 */
export function filterRuns(runs, query) {
  const branch = query.get('branch');
  const event = query.get('event');
  const status = query.get('status');
  const created = query.get('created');
  const headSha = query.get('head_sha');
  return runs
    .filter((run) => {
      const attempt = run.attempts.at(-1);
      if (!attempt) return false;
      if (branch && run.branch !== branch) return false;
      if (event && run.event !== event) return false;
      if (headSha && run.headSha !== headSha) return false;
      if (created && !matchesCreated(run.createdAt, created)) return false;
      if (status && (RUN_STATUSES.has(status) ? attempt.status !== status : attempt.conclusion !== status)) return false;
      return true;
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/**
 * One page of `items` by the `per_page` (default 30, max 100) and `page` parameters, with the
 * `Link` header GitHub sends (`/repositories/{id}/…` URLs, rels prev, next, last, first).
 * @template T
 * @param {T[]} items
 * @param {URL} url the request URL, rewritten to `linkPath` in links
 * @param {string} linkPath
 * @returns {{ items: T[], headers: Record<string, string> }}
 */
export function paginate(items, url, linkPath) {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const pageItems = items.slice((page - 1) * perPage, page * perPage);
  /** @param {number} n */
  const link = (n) => {
    const target = new URL(linkPath, url);
    target.search = url.search;
    target.searchParams.set('page', String(n));
    return target.href;
  };
  const rels = [];
  if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
  if (page < lastPage) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(lastPage)}>; rel="last"`);
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
  return { items: pageItems, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}
