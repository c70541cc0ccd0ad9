/**
 * The source file and line an error line points at, in the forms compilers, linters and test
 * runners print: `file.ts(12,5)`, `file.go:12:5`, `File.java:[12,5]`, `File "x.py", line 12`,
 * `--> src/lib.rs:12:5`, `at fn (file.js:12:5)`. Paths stay as printed (runner paths are mapped
 * to the repository when annotations are made).
 */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

const EXTENSIONS = 'tsx?|jsx?|mjs|cjs|vue|svelte|py|go|rs|java|kt|kts|scala|groovy|rb|php|cs|fs|swift|m|mm|c|cc|cpp|cxx|h|hpp|hh|ex|exs|erl|hs|clj|lua|pl|sh|ya?ml|json|toml|tf|dart|zig|sql|css|scss|html';
const PATH = `((?:[A-Za-z]:)?[\\w@~./\\\\-]*[\\w-]\\.(?:${EXTENSIONS}))`;

const FORMS: readonly RegExp[] = [
  new RegExp(`${PATH}\\((\\d+),(\\d+)\\)`), // tsc, msbuild
  new RegExp(`${PATH}:\\[(\\d+),(\\d+)\\]`), // maven javac
  new RegExp(`File "${PATH}", line (\\d+)()`), // python traceback
  new RegExp(`${PATH}:(\\d+)(?::(\\d+))?`), // gcc, go, eslint unix, rust -->, node stacks
];

const IGNORED = /(?:^|[\\/])node_modules[\\/]|^internal\/|^node:|<anonymous>|site-packages|\/usr\/lib\/|\/usr\/local\/lib\/|\.m2[\\/]repository|\/rustc\/|\/go\/pkg\/mod\//;

export function findLocation(text: string): SourceLocation | undefined {
  if (text.length > 2000) return undefined;
  for (const form of FORMS) {
    const match = form.exec(text);
    if (!match?.[1]) continue;
    const file = match[1];
    if (IGNORED.test(file) || file.startsWith('http') || /^\d/.test(file)) continue;
    const line = match[2] ? Number(match[2]) : undefined;
    const column = match[3] ? Number(match[3]) : undefined;
    return { file, ...(line ? { line } : {}), ...(column ? { column } : {}) };
  }
  return undefined;
}
