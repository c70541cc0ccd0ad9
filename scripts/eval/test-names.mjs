/**
 * Lenient matching of failing-test names between a label and the report, across the ways
 * tools spell them. The rule:
 *
 * 1. Canonical order `class.method`: JUnit 4 / unittest `method(pkg.Class)` and
 *    `method (pkg.Class)` become `pkg.Class.method`; a parameter list after a method
 *    (`connectTimeout()`, `strategy(BuilderType, …)`) and a trailing `[index]` are dropped.
 * 2. Tokens: `.py` extensions dropped, then everything but letters, digits and `_` splits
 *    tokens (so `::`, `.`, `#`, `/`, `›`, `>` and spaces are all separators), lowercased.
 * 3. Two names match when the shorter token list is a suffix of the longer one and holds at
 *    least two tokens (method + class, or the last two words of a title), or when both are a
 *    single equal token.
 * So `test_UUID(com.alibaba.fastjson2.JSONReaderStrTest)` matches `JSONReaderStrTest.test_UUID`,
 * `tests/test_x.py::TestA::test_b` matches `tests.test_x::TestA::test_b`, and
 * `Suite › does a thing` matches `does a thing`.
 */

/** `name(dotted.Class)` or `name (dotted.Class)`: a JUnit 4 or unittest name. */
const METHOD_OF_CLASS = /^([\w$]*)\s*\(([\w$]+(?:\.[\w$]+)+|[A-Z][\w$]*)\)$/;
/** `(args…)` or `[index]` ending a name: parameters, not identity. */
const TRAILING_PARAMETERS = /(?:\s*\([^()]*\)|\s*\[[^\]]*\])+$/;

/**
 * @param {string} name
 * @returns {string[]}
 */
export function testNameTokens(name) {
  let text = name.trim().replace(/:$/, '');
  const junit = METHOD_OF_CLASS.exec(text);
  if (junit) text = junit[1] ? `${junit[2]}.${junit[1]}` : junit[2];
  else text = text.replace(TRAILING_PARAMETERS, '');
  return text
    .replace(/\.py\b/g, '')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
    .map((token) => token.toLowerCase());
}

/**
 * @param {string} expected
 * @param {string} reported
 */
export function testNamesMatch(expected, reported) {
  const a = testNameTokens(expected);
  const b = testNameTokens(reported);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return false;
  if (shorter.length === 1 && longer.length > 1) return false;
  const offset = longer.length - shorter.length;
  return shorter.every((token, i) => token === longer[offset + i]);
}

/**
 * How many of the `expected` names (deduplicated) some `reported` name matches.
 * @param {string[]} expected
 * @param {string[]} reported
 */
export function recalledTests(expected, reported) {
  const unique = [...new Set(expected.map((name) => name.trim()).filter(Boolean))];
  const missed = unique.filter((name) => !reported.some((r) => testNamesMatch(name, r)));
  return { expected: unique.length, found: unique.length - missed.length, missed };
}
