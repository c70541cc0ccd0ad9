/**
 * Names of failing tests, as the common test runners print them. Fed every line; cheap for
 * lines that name no test. Names are kept as the runner prints them (e.g. `Class.method`,
 * `path::test`, `Suite › test`), deduplicated in first-seen order, capped.
 */

interface TestNamePattern {
  pattern: RegExp;
  /** Builds the name from the match. */
  name(match: RegExpExecArray): string | undefined;
}

const join = (...parts: (string | undefined)[]): string => parts.filter((p) => p && p.length > 0).join('.');

const PATTERNS: readonly TestNamePattern[] = [
  // go test: --- FAIL: TestName (0.01s)
  { pattern: /^\s*--- FAIL: (\S+)/, name: (m) => m[1] },
  // Maven Surefire: [ERROR] testName(com.Class)  Time elapsed: 0.1 s  <<< FAILURE!   (JUnit 4)
  //                 [ERROR] com.Class.testName  Time elapsed: …  <<< ERROR!         (JUnit 5)
  { pattern: /^(?:\[ERROR\]\s+)?([\w$]+)\(([\w.$]+)\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/, name: (m) => join(m[2], m[1]) },
  { pattern: /^(?:\[ERROR\]\s+)?([\w.$]+?)(?:\.([\w$]+))?(?:\([^)]*\))?\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/, name: (m) => (m[2] ? join(m[1], m[2]) : undefined) },
  // Surefire summary: [ERROR]   ClassTest.method:42 expected … / [ERROR] Failures: block entries
  { pattern: /^\[ERROR\]\s{2,}([A-Z][\w$]*(?:\.[\w$]+)*)\.([\w$]+):\d+/, name: (m) => join(m[1], m[2]) },
  // Gradle: com.Class > testName() FAILED
  { pattern: /^\s*([\w.$]+) > (.+?) FAILED\s*$/, name: (m) => join(m[1], m[2]?.replace(/\(\)$/, '')) },
  // Ant JUnit: [junit] Testcase: testName(com.Class):	FAILED
  { pattern: /\[junit\] Testcase: ([\w$]+)\(([\w.$]+)\):\s*(?:FAILED|Caused an ERROR)/, name: (m) => join(m[2], m[1]) },
  // pytest short summary: FAILED tests/test_x.py::TestC::test_y - msg
  // (a parametrised id may hold spaces inside its brackets: `test_a[ok 2:30pm now]`)
  { pattern: /^(?:FAILED|ERROR) ([\w/.-]+\.py::[^\s[]+(?:\[[^\]]*\])?)/, name: (m) => m[1] },
  // pytest verbose: tests/test_x.py::test_y FAILED
  { pattern: /^([\w/.-]+\.py::\S+) (?:FAILED|ERROR)\b/, name: (m) => m[1] },
  // unittest / nose: FAIL: test_y (module.Class)   ERROR: test_y (module.Class)   FAIL: module.test_y
  { pattern: /^(?:FAIL|ERROR): (\w+) \(([\w.]+)\)/, name: (m) => join(m[2], m[1]) },
  { pattern: /^(?:FAIL|ERROR): ([\w]+(?:\.[\w]+)+)\s*$/, name: (m) => m[1] },
  // pytest failure sections: ____ TestClass.test_name ____   ____ ERROR collecting tests/x.py ____
  { pattern: /^_{3,} (?:ERROR collecting )?(\S(?:.*\S)?) _{3,}$/, name: (m) => (m[1] && !/^(?:summary|captured|warnings)\b/i.test(m[1]) ? m[1] : undefined) },
  // JUnit Platform console: JUnit Jupiter:ClassTest:method()
  { pattern: /JUnit (?:Jupiter|Vintage):([\w$]+):([\w$]+)\(/, name: (m) => join(m[1], m[2]) },
  // sbt / scalatest: [error] Test basic.FooTest.failingTest failed: …
  { pattern: /^(?:\[\w+\] )*Test ([\w.$#]+) failed: /, name: (m) => m[1]?.replace('#', '.') },
  // Gradle (plain): com.pkg.ClassTest.method FAILED
  { pattern: /^\s*([\w$]+(?:\.[\w$]+)+(?:\[.*\])?) FAILED\s*$/, name: (m) => m[1] },
  // jest: ● Suite › test name   ● test name (not "● Test suite failed to run", not console output)
  { pattern: /^\s*● (.+ › .+)$/, name: (m) => m[1]?.trim() },
  { pattern: /^\s*● (?!Test suite failed to run|Console\b)(.+)$/, name: (m) => m[1]?.trim() },
  // vitest: FAIL  path > suite > test   / × suite > test
  { pattern: /^\s*(?:FAIL|×|✕)\s+(\S+\.[cm]?[jt]sx? > .+?)(?:\s+\d+ms)?$/, name: (m) => m[1]?.trim() },
  // jest/mocha marks: ✕ test name (12 ms)
  { pattern: /^\s+(?:✕|✗|×) (.+?)(?: \(\d+ ?m?s\))?$/, name: (m) => m[1]?.trim() },
  // cargo test: test path::name ... FAILED
  { pattern: /^test (\S+) \.\.\. FAILED/, name: (m) => m[1] },
  // TAP: not ok 3 - name
  { pattern: /^\s*not ok \d+ (?:- )?(.+?)(?:\s+#.*)?$/, name: (m) => m[1]?.trim() },
  // RSpec: rspec ./spec/x_spec.rb:12 # description
  { pattern: /^rspec (\.\/\S+:\d+) # (.+)$/, name: (m) => `${m[1]} ${m[2]}` },
  // PHPUnit / mocha numbered failures after a "failures:" heading are handled by the block state.
];

const PREFILTER = /FAIL|ERROR|<<<|●|✕|✗|×|not ok|rspec |\[junit\]|^_{3,} |JUnit |failed: /;
const MOCHA_FAILING = /^\s*\d+ failing\s*$/;
const MOCHA_ITEM = /^\s{2}(\d+)\) (.+?):?\s*$/;
const CARGO_FAILURES = /^failures:\s*$/;
const CARGO_ITEM = /^\s{4}(\S+)$/;

export class FailedTestCollector {
  private readonly names = new Set<string>();
  private mode: 'none' | 'mocha' | 'cargo' = 'none';
  private modeLines = 0;
  /**
   * A mocha failure title being read: mocha prints `  1) Suite` and then the nested titles on
   * more-indented lines, the last one ending in `:`.
   */
  private mochaTitle?: { parts: string[]; indent: number };

  constructor(private readonly cap = 200) {}

  /** True inside a block of failure listings (mocha, cargo): every line must be observed. */
  get inBlock(): boolean {
    return this.mode !== 'none';
  }

  /** Feeds one ANSI-free line; returns the test it names, if any. */
  observe(text: string): string | undefined {
    if (this.mode !== 'none') {
      const found = this.observeBlock(text);
      if (found) return found;
    }
    if (MOCHA_FAILING.test(text)) {
      this.mode = 'mocha';
      this.modeLines = 0;
      return undefined;
    }
    if (CARGO_FAILURES.test(text)) {
      this.mode = 'cargo';
      this.modeLines = 0;
      return undefined;
    }
    if (!PREFILTER.test(text)) return undefined;
    for (const { pattern, name } of PATTERNS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const found = name(match);
      if (found) return this.add(found);
    }
    return undefined;
  }

  private observeBlock(text: string): string | undefined {
    if (++this.modeLines > 2000) this.mode = 'none';
    if (this.mode === 'mocha') return this.observeMocha(text);
    if (this.mode === 'cargo') {
      const item = CARGO_ITEM.exec(text);
      if (item?.[1]) return this.add(item[1]);
      if (/^test result:/.test(text)) this.mode = 'none';
    }
    return undefined;
  }

  private observeMocha(text: string): string | undefined {
    const title = this.mochaTitle;
    const indent = text.length - text.trimStart().length;
    const part = text.trim();
    if (title && part !== '' && indent > title.indent && !MOCHA_ITEM.test(text)) {
      title.parts.push(part.replace(/:$/, ''));
      if (!part.endsWith(':')) return undefined;
      this.mochaTitle = undefined;
      return this.add(title.parts.join(' '));
    }
    const finished = title ? this.add(title.parts.join(' ')) : undefined;
    this.mochaTitle = undefined;
    const item = MOCHA_ITEM.exec(text);
    if (item?.[2]) {
      if (item[2].endsWith(':') || text.trimEnd().endsWith(':')) return this.add(item[2].replace(/:$/, ''));
      this.mochaTitle = { parts: [item[2]], indent };
    }
    return finished;
  }

  private add(name: string): string {
    const clean = name.length > 300 ? `${name.slice(0, 300)}…` : name;
    if (this.names.size < this.cap) this.names.add(clean);
    return clean;
  }

  tests(): string[] {
    return [...this.names];
  }
}
