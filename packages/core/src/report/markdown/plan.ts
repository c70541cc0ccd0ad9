/**
 * How much of a report the Markdown summary shows. The renderer tries the plans in order and
 * keeps the first that fits the size limit, so each plan drops the least important parts
 * that the one before it kept.
 */
export interface RenderPlan {
  /** Causes quoted per failed job (excerpts in `<details>` blocks). */
  excerptsPerJob: number;
  /** Lines quoted per excerpt. */
  excerptLines: number;
  /** Rows of the failed-jobs table, and jobs whose causes are quoted. */
  jobs: number;
  patterns: number;
  intermittent: number;
  recipes: number;
  /** Longest quoted line (characters). */
  lineChars: number;
}

const FULL: RenderPlan = {
  excerptsPerJob: 5,
  excerptLines: 200,
  jobs: 500,
  patterns: 50,
  intermittent: 100,
  recipes: 50,
  lineChars: 1000,
};

/** Plans from the fullest to the barest, each a subset of the one before. */
export const RENDER_PLANS: readonly RenderPlan[] = [
  FULL,
  { ...FULL, excerptsPerJob: 1 },
  { ...FULL, excerptsPerJob: 1, patterns: 10 },
  { ...FULL, excerptsPerJob: 1, patterns: 10, excerptLines: 30, lineChars: 300 },
  { ...FULL, excerptsPerJob: 1, patterns: 5, excerptLines: 30, lineChars: 300, recipes: 10, intermittent: 20, jobs: 100 },
  { excerptsPerJob: 1, excerptLines: 10, jobs: 50, patterns: 0, intermittent: 10, recipes: 3, lineChars: 200 },
  { excerptsPerJob: 0, excerptLines: 0, jobs: 20, patterns: 0, intermittent: 0, recipes: 0, lineChars: 200 },
];
