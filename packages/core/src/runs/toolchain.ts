import type { FileReport } from '../report/model.js';

/** The tool that ran the failing step, as far as its command and the log tell. */
export type Toolchain =
  | 'jest'
  | 'vitest'
  | 'mocha'
  | 'karma'
  | 'node'
  | 'tsc'
  | 'eslint'
  | 'pytest'
  | 'unittest'
  | 'python'
  | 'go'
  | 'cargo'
  | 'maven'
  | 'gradle'
  | 'docker'
  | 'terraform'
  | 'unknown';

/** What a command names, most specific first. */
const BY_COMMAND: [RegExp, Toolchain][] = [
  [/\bvitest\b/, 'vitest'],
  [/\bjest\b/, 'jest'],
  [/\bmocha\b/, 'mocha'],
  [/\b(?:ng|nx)\s+test\b|\bkarma\b/, 'karma'],
  [/\btsc\b/, 'tsc'],
  [/\beslint\b/, 'eslint'],
  [/\bpytest\b/, 'pytest'],
  [/\bpython3?\s+-m\s+unittest\b/, 'unittest'],
  [/\bgo\s+(?:test|vet|build|run|generate)\b/, 'go'],
  [/\bcargo\b/, 'cargo'],
  [/(?:^|[\s/])mvnw?\b/, 'maven'],
  [/\bgradlew?\b/, 'gradle'],
  [/\bdocker\b/, 'docker'],
  [/\bterraform\b/, 'terraform'],
  [/\b(?:npm|npx|yarn|pnpm|node|bun)\b/, 'node'],
  [/\b(?:python3?|pip3?|tox|nox|poetry|uv)\b/, 'python'],
];

/** What the log's failures show (analysis signal names, or tell-tale lines), most specific first. */
const BY_EVIDENCE: [RegExp, Toolchain][] = [
  [/\bvitest\b/i, 'vitest'],
  [/\bjest\b|^\s*● .+ › /im, 'jest'],
  [/\bmocha\b|^\s*\d+ failing\s*$/im, 'mocha'],
  [/\bkarma\b|Executed \d+ of \d+ .*FAILED/i, 'karma'],
  [/\btsc-error\b|\berror TS\d+:/, 'tsc'],
  [/\beslint\b/i, 'eslint'],
  [/\bpytest\b|^(?:FAILED|ERROR) \S+\.py::/im, 'pytest'],
  [/\bunittest\b|^(?:FAIL|ERROR): \w+ \([\w.]+\)/m, 'unittest'],
  [/\bgo-(?:test|build)\b|^\s*--- FAIL: /m, 'go'],
  [/\bcargo\b|\brust-error\b|^---- \S+ stdout ----/m, 'cargo'],
  [/\bsurefire\b|\bmaven\b/i, 'maven'],
  [/\bgradle\b/i, 'gradle'],
];

/** Tools a generic command (`npm test`, `python …`) may have run. */
const REFINES: Partial<Record<Toolchain, ReadonlySet<Toolchain>>> = {
  node: new Set(['jest', 'vitest', 'mocha', 'karma', 'tsc', 'eslint']),
  python: new Set(['pytest', 'unittest']),
};

/** Lines of the top failures looked at for evidence. */
const EVIDENCE_LINES = 60;

/**
 * Decides the tool chain from the failing step's command, refined by the failures' evidence
 * when the command is generic (`npm test` that ran jest) or unknown.
 */
export function detectToolchain(command: string | undefined, file: FileReport): Toolchain {
  const named = command ? BY_COMMAND.find(([pattern]) => pattern.test(command))?.[1] : undefined;
  if (named && !REFINES[named]) return named;
  const evidence = evidenceText(file);
  const shown = BY_EVIDENCE.find(([pattern]) => pattern.test(evidence))?.[1];
  if (shown && (!named || REFINES[named]?.has(shown))) return shown;
  return named ?? 'unknown';
}

function evidenceText(file: FileReport): string {
  const top = file.failures.slice(0, 3);
  return [
    ...top.flatMap((failure) => failure.signals),
    ...top.map((failure) => failure.title),
    ...top.flatMap((failure) => failure.lines.slice(0, EVIDENCE_LINES)),
  ].join('\n');
}
