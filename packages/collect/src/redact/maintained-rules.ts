import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { RedactionSpan } from './redactor.js';

/**
 * The maintained rule set: secretlint's recommended preset (GitHub, GitLab, AWS, GCP, Slack,
 * Stripe, npm, OpenAI, Anthropic, SendGrid, Shopify, private keys, database connection strings
 * and more, kept up to date by the secretlint project), run beside the built-in anchored rules.
 *
 * Its comment filter is left out: a log is untrusted text, and a `secretlint-disable` line in it
 * must not switch detection off.
 */
const CONFIG = {
  rules: recommendedRules
    .filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments')
    .map((rule) => ({ id: rule.meta.id, rule })),
};

// secretlint's profiler keeps a performance mark per rule and call, forever: on a stream of
// batches that is a leak (secretlint/secretlint#1633). It is only for secretlint's CLI.
secretLintProfiler.setEnabled(false);

/** Finds where the maintained rule set matches in some text (in this thread or in a worker). */
export type MaintainedRuleFinder = (text: string) => Promise<RedactionSpan[]>;

const NON_ASCII = /[^\x00-\x7f]/g;

/** secretlint rules that report a whole URL, where the built-in `basic-auth-url` rule hides just its password. */
export const WHOLE_URL_KINDS: ReadonlySet<string> = new Set(['secretlint-database-connection-string', 'secretlint-basicauth']);

const RULE_PREFIX = '@secretlint/secretlint-rule-';

/** The kind a secretlint finding is counted under: `secretlint-<rule>` (`secretlint-github`, …). */
export function maintainedKind(ruleId: string): string {
  return `secretlint-${ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId.replace(/\W+/g, '-')}`;
}

/**
 * Where secretlint's recommended rules find secrets in `text`, as offsets into it. Every
 * non-ASCII character is shown to secretlint as a space of the same length: its rules start a
 * key only after a non-letter, and neither a UTF-8 byte read as latin1 (`ª`, `µ`) nor a CJK
 * letter right before a key may hide it. No key format holds non-ASCII characters.
 */
export async function maintainedRuleSpans(text: string): Promise<RedactionSpan[]> {
  const result = await lintSource({
    source: { content: text.replace(NON_ASCII, ' '), filePath: 'log.txt', contentType: 'text', ext: '.txt' },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  return result.messages
    .filter((message) => message.range[1] > message.range[0])
    .map((message) => ({ start: message.range[0], end: message.range[1], kind: maintainedKind(message.ruleId) }));
}
