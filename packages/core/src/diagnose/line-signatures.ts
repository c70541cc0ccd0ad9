import { KeywordAutomaton } from '../input/keyword-automaton.js';

/**
 * How much a single log line looks like the statement of a failure's cause.
 *
 * A cheap prefilter decides which lines are worth a closer look (most lines of a log are not);
 * those are matched against signatures of the common tool chains and generic error shapes.
 * Each signature has a score (0 = not a cause even if it says "error": summaries, advice,
 * exit-code lines) and a name that is reported as the excerpt's evidence.
 */

export interface LineSignature {
  name: string;
  pattern: RegExp;
  score: number;
  /**
   * Lower-case strings of which a matching line must contain at least one: a cheap test that
   * spares the regular expression on most lines (it must hold for every line `pattern` matches).
   */
  needs?: readonly string[];
}

/**
 * The `needs` of every signature as one automaton: one pass over a line tells which of them it
 * contains, and each signature's test becomes a bit-set overlap.
 */
class NeedsIndex {
  private readonly automaton: KeywordAutomaton;
  /** Per signature (by its index in the list given), the words of its mask that are not zero. */
  private readonly maskWords: Int32Array[] = [];
  private readonly maskBits: Uint32Array[] = [];
  private readonly present: Uint32Array;

  constructor(private readonly signatures: readonly LineSignature[]) {
    const needs = [...new Set(signatures.flatMap((s) => s.needs ?? []))];
    this.automaton = new KeywordAutomaton(needs);
    for (const signature of signatures) {
      const mask = signature.needs ? this.automaton.maskOf(signature.needs.map((n) => needs.indexOf(n))) : undefined;
      const words = mask ? [...mask.keys()].filter((w) => mask[w] !== 0) : [];
      this.maskWords.push(Int32Array.from(words));
      this.maskBits.push(Uint32Array.from(words.map((w) => mask![w]!)));
    }
    this.present = new Uint32Array(this.automaton.words);
  }

  /** Reads which needs occur in the line; `mayMatch` then answers for this line. */
  load(text: string): void {
    this.automaton.collect(text, this.present);
  }

  /** Whether signature number `index` (in the list given) may match the loaded line. */
  mayMatch(index: number): boolean {
    const words = this.maskWords[index]!;
    if (words.length === 0) return this.signatures[index]!.needs === undefined;
    const bits = this.maskBits[index]!;
    for (let k = 0; k < words.length; k++) if ((bits[k]! & this.present[words[k]!]!) !== 0) return true;
    return false;
  }
}

/**
 * Words that make a line worth decoding and scoring (case-insensitive; matched on raw bytes by
 * `KeywordAutomaton`). Besides error words it holds the words of outcome and structure lines
 * (`BUILD SUCCESS`, `exited with`, `Post job cleanup`, …) so those are seen too. Every
 * signature below must contain one of these words.
 */
export const CANDIDATE_KEYWORDS: readonly string[] = [
  // error words
  'error', 'err!', 'fail', 'exception', 'traceback', 'panic', 'fatal', 'critical', 'severe', 'assert', 'expected',
  'timed out', 'timeout', 'time out', 'deadline exceeded', 'maximum execution time', 'denied', 'refused',
  'not found', 'not known', 'cannot', "can't", 'could not', "couldn't", 'unable', 'killed', 'segmentation',
  'abort', 'dump', 'overflow', 'double free', 'undefined', 'unresolved', 'unbound variable', 'not used', 'no such',
  'no module', 'unexpected', 'deadlock', 'data race', 'race condition', 'race detected', 'out of memory',
  'no space', 'rate limit', 'too many', 'forbidden', 'unauthori', 'bad credentials', 'not accessible',
  'bad request', 'bad gateway', 'gateway time', 'unavailable', 'connection reset', 'hang up', 'what went wrong',
  'not ok', 'violation', 'problem', 'wrong', 'mismatch', 'conflict', 'e   ', '<<<', '●', '✕', '✗', '×', '│',
  'oom', 'sigsegv', 'sigkill', 'enospc', 'econn', 'enotfound', 'eai_again', 'etimedout', 'eacces', 'eperm',
  'junit jupiter:', 'junit vintage:', 'rspec ', '___ ', 'not defined', '** (',
  // runner markers and outcome lines the structure tracker needs
  '##[', 'build success', 'finished: success', 'job succeeded', 'exited with', 'cancel', 'post job cleanup',
  'cleaning up orphan',
];

/** The automaton over `CANDIDATE_KEYWORDS`, shared by every reader. */
export const CANDIDATE_AUTOMATON = new KeywordAutomaton(CANDIDATE_KEYWORDS);

/** True when a line holds a candidate keyword (for callers that already have text). */
export function isCandidate(text: string): boolean {
  return CANDIDATE_AUTOMATON.matchText(text);
}

/**
 * `path/file.ext:12: message` or `path/file.ext:12:5: message` at the start of a line: how
 * compilers, linters and checkers report a problem, with or without an error word.
 */
const DIAGNOSTIC_LOCATION = /^\s*(?:[A-Za-z]:)?[\w./\\@+-]*\.[A-Za-z]\w{0,9}:\d+(?::\d+)?:? \S/;

/** True for a line shaped like a diagnostic (see `DIAGNOSTIC_LOCATION`), checked on bytes. */
export function looksLikeDiagnostic(bytes: Uint8Array, start: number, end: number): boolean {
  // Skip indentation, then a path token (letters, digits, `_./\\@+-`), then `:<digit>`.
  let at = start;
  while (at < end && (bytes[at] === 32 || bytes[at] === 9)) at++;
  const tokenStart = at;
  let sawDot = false;
  const limit = Math.min(end, at + 240);
  for (; at < limit; at++) {
    const b = bytes[at]!;
    if (b === 58 /* : */) break;
    if (b === 46) sawDot = true;
    const ok = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 || b === 47 || b === 92 || b === 45 || b === 64 || b === 43 || b === 46;
    if (!ok) return false;
  }
  if (!sawDot || at === tokenStart || at >= limit) return false;
  const next = bytes[at + 1];
  return next !== undefined && next >= 48 && next <= 57;
}

/** Not causes, though they mention errors: exit-code lines, advice, summaries of zero. */
const NOT_A_CAUSE: readonly LineSignature[] = [
  { name: 'exit-code-line', needs: ['exit code', 'exited with', 'process completed'], score: 0, pattern: /Process completed with exit code|exited with (?:code|exit code) \d+\.?\s*$|Error: Process completed|returned exit code \d+\.?$|^Error: The process '[^']+' failed with exit code \d+/i },
  { name: 'zero-count', needs: ['0', 'no error', 'without error', 'fail-fast', 'allow-failure', 'continue-on-error', 'failonerror', '--fail-on', 'fail_ci_if_error', 'errexit', 'set -e', 'exitonerror', 'on-error', 'failure()'], score: 0, pattern: /\b0 (?:errors?|failures?|failed|problems?)\b(?!.*\b[1-9]\d* (?:errors?|failures?|failed))|Failures: 0, Errors: 0|errors?: 0\b|failed: 0\b|\bno errors?\b|without errors|fail-fast|allow-failure|continue-on-error|failOnError|--fail-on|fail_ci_if_error|errexit|set -e\b|exitOnError|on-error|if: failure\(\)/i },
  { name: 'advice', needs: ['npm err!', '[error]', 'run with --', 'get more help', 'see ', 'for more details', '--help', 'please report', 'warning-mode', 'in the working copy', 'hint: '], score: 0, pattern: /npm ERR! (?:A complete log of this run|This is probably not a problem with npm|Failed at the .* script\.|Tell the author|You can get information on how to open an issue|\s*$)|\[ERROR\] (?:-> \[Help \d+\]|\[Help \d+\]|Re-run Maven using|\s+mvn <args> -rf |For more information about the errors|To see the full stack trace|\s*$|After correcting the problems)|Run with --(?:stacktrace|info|debug|scan) option|Get more help at|See (?:https?:\/\/\S+|the log|above) for|For more details see|Run .*--help|please report|Use '--warning-mode all'|warning: in the working copy of|hint: /i },
  { name: 'deprecation-notice', needs: ['deprecat', 'will be removed', 'no longer supported'], score: 0, pattern: /deprecated|DeprecationWarning|will be removed in|is no longer supported|Node\.js \d+ actions are deprecated|set-output command is deprecated|save-state command is deprecated/i },
];

/** Ordered: the first match gives the line its score. */
const CAUSE_SIGNATURES: readonly LineSignature[] = [
  // A process reporting that its child failed: the cause is above, not here.
  { name: 'exit-propagation', needs: ['make', 'command failed', 'npm err!', 'npm error', 'non-zero', 'the command', 'done. your build', 'finished: ', 'build step', 'job failed', 'at childprocess', 'at process.', 'exited with code'], score: 3, pattern: /\bmake(?:\[\d+\])?: \*\*\* .*Error \d+|^error Command failed with exit code|^npm (?:ERR!|error) (?:code (?:ELIFECYCLE|\d+\s*$)|errno \d|Exit status|path |command (?:failed|sh )|Lifecycle script|workspace |location |\S+@\S+ \w+: `)|returned non-zero exit status|^The command ".*" (?:exited|failed) with \d+|^Done\. Your build exited with|^Finished: (?:FAILURE|UNSTABLE|ABORTED)|^Build step '.*' marked build as failure|^Command exited with non-zero status|^ERROR: Job failed: exit code|^Error: Command failed: |^\s*at (?:ChildProcess|Process)\.|exited with code [1-9]\d*\.?$/ },
  // GitHub runner annotations written by tools (problem matchers, actions): usually the point.
  { name: 'runner-error-annotation', needs: ['##[error]'], score: 9, pattern: /^##\[error\]/ },
  // Test frameworks
  { name: 'jest-test-header', needs: ['●'], score: 11, pattern: /^\s*● (?!Console\b)(?:.+›|\S)/ },
  { name: 'go-test-fail', needs: ['--- fail:'], score: 11, pattern: /^\s*--- FAIL: / },
  { name: 'go-test-panic', needs: ['panic: ', 'fatal error: '], score: 10, pattern: /^panic: |^fatal error: / },
  { name: 'surefire-failure', needs: ['<<< '], score: 11, pattern: /<<< (?:FAILURE|ERROR)!/ },
  { name: 'gradle-test-failed', needs: [' failed'], score: 10, pattern: /^\s*[\w.$]+ > .+ FAILED\s*$/ },
  { name: 'pytest-failed', needs: ['failed ', 'error '], score: 10, pattern: /^(?:FAILED|ERROR) [\w/.-]+\.py(?:::[^\s]+)?/ },
  { name: 'pytest-error-line', score: 9, pattern: /^E {3}\s*\S/ },
  { name: 'pytest-section', needs: ['___ '], score: 9, pattern: /^_{3,} (?!(?:warnings|captured|short test summary)\b).+ _{3,}$/i },
  { name: 'test-status-column', needs: ['error', 'fail', 'not ok'], score: 7, pattern: /^\s*(?:\S.*\s)?(?:ERROR|FAILED|FAIL|FAILURE|NOT OK)\s*$/ },
  { name: 'unittest-fail', needs: ['fail: ', 'error: '], score: 10, pattern: /^(?:FAIL|ERROR): \w+ \([\w.]+\)/ },
  { name: 'vitest-fail', needs: [' > '], score: 10, pattern: /^\s*(?:FAIL|×|✕|✗) .+ > / },
  { name: 'jest-fail-file', needs: ['fail'], score: 7, pattern: /^\s*FAIL\s+\S+\.(?:[jt]sx?|mjs|cjs)\b/ },
  { name: 'failed-test-mark', needs: ['✕', '✗', '×'], score: 8, pattern: /^\s*(?:✕|✗|×)\s+\S/ },
  { name: 'cargo-test-failed', needs: ['failed', '---- ', 'panicked at'], score: 10, pattern: /^test \S+ \.\.\. FAILED|^---- \S+ stdout ----|panicked at / },
  { name: 'tap-not-ok', needs: ['not ok'], score: 8, pattern: /^\s*not ok \d+/ },
  { name: 'junit-console-failures', needs: ['failures ('], score: 9, pattern: /^\s*(?:\[junit\]\s*)?Failures \(\d+\):\s*$/ },
  { name: 'ant-junit-failed', needs: ['[junit]'], score: 10, pattern: /\[junit\] (?:Testcase: .*(?:FAILED|Caused an ERROR)|Tests? .*FAILED)/ },
  { name: 'assertion-error', needs: ['assert', 'comparisonfailure'], score: 10, pattern: /\b(?:AssertionError|AssertionFailedError|ComparisonFailure|AssertionFailure|assert(?:ion)? failed)\b|assertion `.*` failed/i },
  { name: 'expected-actual', needs: ['expected', 'received', 'actual'], score: 8, pattern: /\bexpected\b.{0,120}\b(?:but (?:got|was|received|found)|to (?:be|equal|have|match|contain|throw))\b|^\s*(?:Expected|Received|Actual)(?: value)?: /i },
  // Compilers and type checkers
  { name: 'tsc-error', needs: ['error ts'], score: 11, pattern: /error TS\d{3,5}:/ },
  { name: 'rust-error', score: 11, pattern: /^error(?:\[E\d{4}\])?: / },
  { name: 'javac-error', needs: ['[error]', '.java:', 'cannot find symbol', 'compilation error'], score: 11, pattern: /\[ERROR\] .*\.(?:java|kt|scala|groovy):\[\d+,\d+\]|\.java:\d+: error: |cannot find symbol|COMPILATION ERROR/ },
  { name: 'c-compiler-error', needs: ['error', 'undefined reference', 'ld: '], score: 11, pattern: /\.(?:c|cc|cpp|cxx|h|hpp|m|mm|go|swift|cs|zig|f90):\d+(?::\d+)?:? (?:fatal )?error\b|error CS\d{4}:|undefined reference to|ld: .*(?:undefined|not found)|collect2: error/ },
  { name: 'go-build-error', needs: ['# ', '.go:', 'undefined: ', 'not used'], score: 10, pattern: /^(?:# \S+$|\S+\.go:\d+:\d+: )|\bundefined: \w+|declared and not used|imported and not used/ },
  { name: 'python-syntax', needs: ['error: '], score: 10, pattern: /^\s*(?:SyntaxError|IndentationError|TabError): / },
  // Package managers and builds
  { name: 'npm-error-code', needs: ['npm err! code', 'npm error code', 'err_pnpm_', 'error an unexpected', 'yn0', 'yarn run', 'error command failed'], score: 9, pattern: /npm ERR! code |npm error code |ERR_PNPM_\w+|error An unexpected error occurred|YN\d{4}: .*(?:failed|error)|yarn run v.*error|\berror Command failed/ },
  { name: 'dependency-resolution', needs: ['could not', 'failed to', 'no matching', 'resolutionimpossible', 'version solving', 'failed to select', 'unable to', 'eresolve', 'cannot find module', 'module not found', 'can\'t resolve', 'no module named', 'go.sum', 'unknown revision'], score: 10, pattern: /Could not resolve dependencies|Could not find artifact|Could not transfer artifact|Failed to collect dependencies|No matching version found|Could not find a version that satisfies|No matching distribution found|ResolutionImpossible|version solving failed|failed to select a version|unable to resolve dependency tree|ERESOLVE|Cannot find module|Module not found|Can't resolve '|No module named|Unable to locate package|missing go\.sum entry|unknown revision|Could not resolve all (?:files|dependencies)/ },
  { name: 'maven-goal-failed', needs: ['failed to execute goal'], score: 7, pattern: /\[ERROR\] Failed to execute goal/ },
  { name: 'gradle-what-went-wrong', needs: ['what went wrong'], score: 7, pattern: /^\* What went wrong:/ },
  { name: 'docker-build-error', needs: ['error', 'failed to solve', 'executor failed', 'non-zero code'], score: 9, pattern: /^(?:#\d+ )?ERROR(?: \[[^\]]*\])?: |failed to solve: |executor failed running|The command '.*' returned a non-zero code/ },
  { name: 'terraform-error', needs: ['error: '], score: 10, pattern: /^│ Error: |^Error: [A-Z]/ },
  // Runtime failures
  { name: 'elixir-error', needs: ['** ('], score: 10, pattern: /^\s*\*\* \([\w.]+\) / },
  { name: 'exception-line', needs: ['error', 'exception', 'exit', 'interrupt', 'failure', 'caused by'], score: 10, pattern: /^\s*(?:[\w$]+\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Failure)(?: \[[\w-]+\])?(?:: |$)|^\s*Error \[[\w-]+\]: |^\s*Caused by: |^Exception in thread /},
  { name: 'python-traceback', needs: ['traceback'], score: 8, pattern: /^\s*Traceback \(most recent call last\)/ },
  { name: 'crash-signal', needs: ['segmentation', 'sigsegv', 'sigabrt', 'core dumped', 'overflow', 'illegal instruction', 'double free', 'sanitizer', 'data race'], score: 10, pattern: /Segmentation fault|SIGSEGV|SIGABRT|core dumped|stack overflow|StackOverflowError|Illegal instruction|double free|AddressSanitizer|ThreadSanitizer|WARNING: DATA RACE/ },
  { name: 'resource-exhausted', needs: ['no space', 'enospc', 'memory', 'killed', 'gc overhead'], score: 10, pattern: /No space left on device|ENOSPC|out of memory|OutOfMemoryError|heap out of memory|Cannot allocate memory|\bKilled\s*$|OOMKilled|GC overhead limit exceeded/i },
  { name: 'deadlock', needs: ['deadlock', 'asleep'], score: 10, pattern: /all goroutines are asleep|\bdeadlock\b/i },
  { name: 'timeout', needs: ['timed out', 'timeout', 'maximum execution time', 'deadline exceeded'], score: 8, pattern: /\btimed out\b|\btimeout\b.{0,40}(?:exceeded|expired|reached|after)|exceeded the maximum execution time|deadline exceeded|Timeout of \d+ ?ms exceeded|panic: test timed out/i },
  { name: 'network', needs: ['econn', 'etimedout', 'enotfound', 'eai_again', 'connection refused', 'connection reset', 'could not resolve host', 'temporary failure', 'not known', 'hang up', 'certificate verify'], score: 8, pattern: /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|Connection refused|Connection reset|Could not resolve host|Temporary failure in name resolution|Name or service not known|socket hang up|certificate verify failed/ },
  { name: 'http-error', needs: ['http', 'status', 'returned', 'response', 'bad request', 'unauthorized', 'forbidden', 'not found', 'conflict', 'too many', 'server error', 'bad gateway', 'unavailable', 'gateway', 'rate limit'], score: 8, pattern: /\b(?:HTTP(?:\/\d(?:\.\d)?)?|status(?: code)?:?|returned|response:?) (?:4(?:0[0-9]|1\d|2[0-9])|5\d\d)\b|\b(?:4\d\d|5\d\d) (?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b|API rate limit exceeded|rate limit exceeded/i },
  { name: 'permission', needs: ['denied', 'eacces', 'eperm', 'bad credentials', 'not accessible', 'authentication failed'], score: 8, pattern: /Permission denied|\bEACCES\b|\bEPERM\b|Bad credentials|Resource not accessible by integration|authentication failed|access denied/i },
  { name: 'git-fatal', needs: ['fatal: ', 'error: '], score: 8, pattern: /^(?:fatal|error): (?!$)/ },
  { name: 'shell-command-failed', needs: ['not found', 'no such file', 'syntax error', 'unbound variable'], score: 7, pattern: /: command not found$|: No such file or directory$|: not found$|syntax error near unexpected token|unbound variable$/ },
  // Generic shapes
  { name: 'diagnostic-location', score: 6, pattern: DIAGNOSTIC_LOCATION },
  { name: 'error-prefix', needs: ['error', 'fatal', 'critical', 'severe', 'fail', 'e/', 'f/'], score: 8, pattern: /^\s*(?:\[?(?:ERROR|FATAL|CRITICAL|SEVERE|Error|error|Fatal|fatal|FAIL|Fail|fail)\]?(?: \w+)?[:!\]]|(?:E|F)\/\S+: |\[(?:error|ERROR|Error)\] )/ },
  { name: 'error-level-field', needs: ['level', 'severity', 'lvl', 'error', 'fatal', 'critical', 'severe'], score: 7, pattern: /\b(?:level|severity|lvl)[=:]"?(?:error|fatal|crit(?:ical)?|panic)\b|\s(?:ERROR|FATAL|CRITICAL|SEVERE)[\s:]/ },
  { name: 'tool-aborted', needs: ['aborted!', 'terminated!', 'not defined'], score: 6, pattern: /\b(?:aborted|terminated)!|\bnot defined\b|provided but not defined/i },
  { name: 'error-phrase', needs: ['failed to', 'failure to', 'unable to', 'could not', 'couldn\'t', 'cannot', 'can\'t'], score: 6, pattern: /\b(?:failed to|failure to|unable to|could not|couldn't|cannot|can't) \w+/i },
  { name: 'failed-summary', needs: ['fail', 'error'], score: 5, pattern: /\b(?:BUILD FAILED|BUILD FAILURE|FAILURE:|Tests? failed|\d+ (?:failing|failed|errors?)\b|test result: FAILED|FAILED\s*$|^FAIL\b|There (?:was|were) \d+ failures?)/ },
  { name: 'error-word', needs: ['error', 'fail', 'exception', 'panic', 'fatal'], score: 4, pattern: /\berrors?\b|\bfail(?:ed|ure|s)?\b|\bexception\b|\bpanic\b|\bfatal\b/i },
];

/** Signatures that mean "a test failed" (the class is then a test failure unless the excerpt says more). */
export const TEST_FAILURE_SIGNALS: ReadonlySet<string> = new Set([
  'jest-test-header', 'go-test-fail', 'surefire-failure', 'gradle-test-failed', 'pytest-failed', 'pytest-error-line',
  'unittest-fail', 'vitest-fail', 'jest-fail-file', 'failed-test-mark', 'cargo-test-failed', 'tap-not-ok',
  'ant-junit-failed', 'assertion-error', 'expected-actual',
]);

export interface LineScore {
  score: number;
  signal: string;
}

const NONE: LineScore = { score: 0, signal: '' };
/** Only a line's start is matched: an error states itself there, and long lines cost the most. */
const SCORED_CHARS = 500;
/** Lines longer than this (minified output, JSON dumps) are rarely the statement of an error. */
const LONG_LINE_CHARS = 2000;

/**
 * Scores one ANSI-free line of log text (runner timestamp already removed). Lines without a
 * candidate keyword score 0 (`isCandidate`); callers that scanned bytes may skip the check.
 */
export function scoreLine(text: string, knownCandidate = false): LineScore {
  if (text.length === 0 || (!knownCandidate && !isCandidate(text))) return NONE;
  // Very long lines are rarely the statement of an error (minified output, JSON dumps).
  const sample = text.length > SCORED_CHARS ? text.slice(0, SCORED_CHARS) : text;
  NEEDS.load(sample);
  for (let i = 0; i < ALL_SIGNATURES.length; i++) {
    const signature = ALL_SIGNATURES[i]!;
    if (!NEEDS.mayMatch(i) || !signature.pattern.test(sample)) continue;
    if (i < NOT_A_CAUSE.length) return { score: 0, signal: signature.name };
    return { score: text.length > LONG_LINE_CHARS ? Math.min(signature.score, 3) : signature.score, signal: signature.name };
  }
  return NONE;
}

/** Every signature, non-causes first (the order `scoreLine` tries them in). */
export const ALL_SIGNATURES: readonly LineSignature[] = [...NOT_A_CAUSE, ...CAUSE_SIGNATURES];

const NEEDS = new NeedsIndex(ALL_SIGNATURES);

/** True for lines that mention errors but never explain one (exit-code lines, advice, zero counts). */
export function isNoise(text: string): boolean {
  NEEDS.load(text);
  return NOT_A_CAUSE.some((signature, index) => NEEDS.mayMatch(index) && signature.pattern.test(text));
}

/**
 * Lines that carry on an error statement: stack frames, indented detail, diffs, carets,
 * pytest `E`/`>` lines, continued `npm ERR!` or `[ERROR]` lines.
 */
const CONTINUATION =
  /^\s+\S|^\s*at |^\s*\.\.\. \d+ more|^Caused by|^[+-]\s|^\s*[~^]+\s*$|^E\s|^>\s|^npm ERR!|^\[ERROR\]|^\s*File "|^│|^\s*\|/;

export function isContinuation(text: string): boolean {
  return CONTINUATION.test(text);
}
