import type { Category, Classification, EvidenceLine } from '../report/model.js';
import { CATEGORY_RULES, RECOMMENDATIONS } from './categories.js';

export interface CategoryScore {
  category: Category;
  /** Sum of rule weights over the evidence, each further line counting half. */
  weight: number;
  evidence: EvidenceLine[];
}

/** The failure class that the given lines argue for most, with the lines that say so. */
export function scoreCategories(lines: readonly EvidenceLine[]): CategoryScore[] {
  const scores = new Map<Category, CategoryScore>();
  for (const line of lines) {
    const text = line.text.length > 1000 ? line.text.slice(0, 1000) : line.text;
    for (const rule of CATEGORY_RULES) {
      if (!rule.pattern.test(text)) continue;
      const entry = scores.get(rule.category) ?? { category: rule.category, weight: 0, evidence: [] };
      entry.weight += entry.evidence.length === 0 ? rule.weight : rule.weight / 2;
      if (entry.evidence.length < 5) entry.evidence.push(line);
      scores.set(rule.category, entry);
      break; // a line is evidence for its first (most specific) class only
    }
  }
  const order = (c: Category) => CATEGORY_RULES.findIndex((rule) => rule.category === c);
  return [...scores.values()].sort((a, b) => b.weight - a.weight || order(a.category) - order(b.category));
}

/** Exit codes that say what happened on their own. */
export function categoryOfExitCode(code: number | undefined): Category | undefined {
  if (code === 137) return 'out-of-memory';
  if (code === 139 || code === 134) return 'crash';
  return undefined;
}

/**
 * Classifies a failure from its lines: the stated error line weighs double (it is said first),
 * the rest of the excerpt adds support. Confidence grows with the winner's weight and its
 * margin over the runner-up.
 */
export function classify(
  errorLine: EvidenceLine,
  context: readonly EvidenceLine[],
  exitCode?: number,
  testFailed = false,
): Classification {
  const scores = scoreCategories([errorLine, errorLine, ...context.filter((l) => l.line !== errorLine.line)]);
  if (testFailed) favourTestAssertion(scores, errorLine);
  const fromExit = categoryOfExitCode(exitCode);
  const top = scores[0];
  if (!top) {
    if (fromExit) return build(fromExit, 0.6, [errorLine]);
    return build('unknown', 0.2, [errorLine]);
  }
  const runnerUp = scores[1]?.weight ?? 0;
  const strength = Math.min(1, top.weight / 12);
  const margin = (top.weight - runnerUp) / top.weight;
  const confidence = Math.round((0.35 + 0.4 * strength + 0.22 * margin) * 100) / 100;
  if (fromExit && fromExit !== top.category && confidence < 0.6) return build(fromExit, 0.6, top.evidence);
  return build(top.category, Math.min(0.97, confidence), top.evidence);
}

/**
 * A test runner said a test failed: that is the class unless the excerpt shows a stronger
 * cause (a crash, OOM, timeout…) with more weight than a test failure's own lines.
 */
function favourTestAssertion(scores: CategoryScore[], errorLine: EvidenceLine): void {
  const entry = scores.find((s) => s.category === 'test-assertion');
  if (entry) entry.weight += 6;
  else scores.push({ category: 'test-assertion', weight: 6, evidence: [errorLine] });
  scores.sort((a, b) => b.weight - a.weight);
}

function build(category: Category, confidence: number, evidence: EvidenceLine[]): Classification {
  return { category, confidence, evidence, recommendation: RECOMMENDATIONS[category] };
}
