/**
 * Localisation figures: does a ranked excerpt overlap a labelled error range, and how long are
 * the excerpts a person has to read.
 *
 * @typedef {[number, number]} LineRange 1-based, inclusive
 * @typedef {{ startLine: number; endLine: number; title: string }} Excerpt
 * @typedef {{ source: string; name: string; path: string; expected: LineRange[]; excerpts: Excerpt[]; status: string }} LocalisationCase
 */

/**
 * @param {LineRange} range
 * @param {Excerpt} excerpt
 */
export function overlaps(range, excerpt) {
  return excerpt.startLine <= range[1] && range[0] <= excerpt.endLine;
}

/**
 * True when one of the first `k` excerpts overlaps one of the expected ranges.
 * @param {LocalisationCase} c
 * @param {number} k
 */
export function hitAt(c, k) {
  return c.excerpts.slice(0, k).some((excerpt) => c.expected.some((range) => overlaps(range, excerpt)));
}

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {Excerpt} excerpt */
const excerptLength = (excerpt) => excerpt.endLine - excerpt.startLine + 1;

/**
 * hit@1, hit@3 and excerpt lengths over a set of cases. Lengths count only logs that got at
 * least one excerpt (a log with none has nothing to read, and counting it as 0 would flatter
 * the figure); `top3Lines` is the median over logs of the summed top-3 lengths, `excerptLines`
 * the median over all top-3 excerpts.
 * @param {LocalisationCase[]} cases
 */
export function localisationSummary(cases) {
  const withExcerpts = cases.filter((c) => c.excerpts.length > 0);
  return {
    cases: cases.length,
    hit1: cases.length ? cases.filter((c) => hitAt(c, 1)).length / cases.length : Number.NaN,
    hit3: cases.length ? cases.filter((c) => hitAt(c, 3)).length / cases.length : Number.NaN,
    noExcerpt: cases.length - withExcerpts.length,
    top3Lines: median(withExcerpts.map((c) => c.excerpts.slice(0, 3).reduce((sum, e) => sum + excerptLength(e), 0))),
    excerptLines: median(withExcerpts.flatMap((c) => c.excerpts.slice(0, 3).map(excerptLength))),
  };
}

/**
 * The top excerpts of a file entry of the JSON report, as eval uses them.
 * @param {any} file a `files[]` entry, or undefined when the report lacks the file
 * @returns {Excerpt[]}
 */
export function excerptsOf(file) {
  return (file?.failures ?? [])
    .slice()
    .sort((a, b) => a.rank - b.rank)
    .map((f) => ({ startLine: f.startLine, endLine: f.endLine, title: f.title }));
}

/**
 * One line describing a missed case, for `--verbose`.
 * @param {LocalisationCase} c
 */
export function describeMiss(c) {
  const expected = c.expected.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
  const top = c.excerpts
    .slice(0, 3)
    .map((e, i) => `#${i + 1} ${e.startLine}-${e.endLine} ${JSON.stringify(e.title.slice(0, 100))}`)
    .join('; ');
  return `${c.source} ${c.name} [${c.status}] expected ${expected}; got ${top || 'no excerpt'}`;
}
