/**
 * Masks the variable parts of a log line (timestamps, ids, addresses, paths, numbers…) with
 * typed placeholders so that lines saying the same thing look the same.
 *
 * Placeholders: `<URL>`, `<EMAIL>`, `<UUID>`, `<TS>` (dates, times, timestamps), `<IP>` (IPv4 or
 * IPv6, with its port), `<HOST>` (`name.domain:port`; `File.java:42` is not one), `<PATH>` (unix, relative with an extension or two slashes, Windows, UNC),
 * `<HEX>` (`0x…`, long hex ids such as git SHAs), `<DUR>` (`12ms`, `3.5s`, `1m30s`, `2 seconds`),
 * `<SIZE>` (`12MB`, `1.5 GiB`, `300 bytes`), `<NUM>` (integers, decimals, negatives, versions such as
 * `v1.2.3`; `50%` and `3k` keep their suffix: `<NUM>%`).
 * Quoted strings are left alone: the template miner decides whether they vary.
 */

/** The placeholders `maskVariables` writes. */
export const PLACEHOLDERS = ['<URL>', '<EMAIL>', '<UUID>', '<TS>', '<IP>', '<HOST>', '<PATH>', '<HEX>', '<DUR>', '<SIZE>', '<NUM>'] as const;

interface MaskRule {
  pattern: RegExp;
  placeholder: string;
  /** The rule can only match when the line holds a digit: skip it otherwise. */
  needsDigit: boolean;
  /** The rule can only match when the line holds this text: skip it otherwise. */
  needsText?: string;
  /** Extra check on a match the pattern alone cannot make; rejected matches stay as they were. */
  accept?: (match: string) => boolean;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?';
const ZONE = '(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?';
const DURATION_WORD = '(?:nanoseconds?|microseconds?|milliseconds?|millis|msecs?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)';
const DURATION_UNIT = '(?:ns|us|µs|ms|s|m|h|d)';
const SIZE_UNIT = '(?:[KMGTP]i?B|[kmgt]b|B|bytes?)';

/** Ordered: earlier rules see the raw text, later ones only what earlier ones left. */
const RULES: MaskRule[] = [
  {
    pattern: /(?<![\w+.-])[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()[\]{}`]+/gi,
    placeholder: '<URL>',
    needsDigit: false,
    needsText: '://',
  },
  {
    pattern: /(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi,
    placeholder: '<EMAIL>',
    needsDigit: false,
    needsText: '@',
  },
  {
    pattern: /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g,
    placeholder: '<UUID>',
    needsDigit: true,
    needsText: '-',
  },
  // 2024-05-06T09:50:14.120Z, 2024-05-06 09:50:14,120 +0200, 2024-05-06, 2024/05/06
  {
    pattern: new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]${TIME}${ZONE})?(?![\\w:])|\\b\\d{4}/\\d{1,2}/\\d{1,2}(?:[T ]${TIME})?\\b`, 'g'),
    placeholder: '<TS>',
    needsDigit: true,
  },
  // Sun Jul 24 02:38:22 2005, Jul 24 02:38:22, Mon, 06 May 2024 09:50:14 GMT, 06-May-2024
  {
    pattern: new RegExp(
      `\\b(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s+${TIME}(?:\\s+\\d{4})?|\\d{1,2}[\\s-]${MONTH}[\\s-]\\d{4}(?:[\\s:]${TIME})?)${ZONE}\\b`,
      'g',
    ),
    placeholder: '<TS>',
    needsDigit: true,
  },
  // 12/31/2024, 31.12.2024 and a bare time of day 09:50:14(.123)
  {
    pattern: /\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|(?<![\w:.])\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?![\w:])/g,
    placeholder: '<TS>',
    needsDigit: true,
  },
  // IPv4 with an optional port; IPv6 (checked below) with an optional [..]:port
  { pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?![\w.])/g, placeholder: '<IP>', needsDigit: true },
  {
    pattern: /\[(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}\](?::\d{1,5})?|(?<![\w:.])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:.])/g,
    placeholder: '<IP>',
    needsDigit: false,
    needsText: ':',
    accept: isIpv6,
  },
  {
    pattern: /(?<![\w.@/-])[a-zA-Z0-9][\w-]*(?:\.[a-zA-Z0-9][\w-]*)+:\d{1,5}(?![\w.:])/g,
    placeholder: '<HOST>',
    needsDigit: true,
    needsText: ':',
    accept: isHostAndPort,
  },
  { pattern: /(?<![\w\\])(?:[a-z]:\\|\\\\[\w.$-]+\\)[^\s"'<>|*?:]*/gi, placeholder: '<PATH>', needsDigit: false, needsText: '\\' },
  {
    pattern: /(?<![\w.@/<>-])(?:~|\.{1,2})?(?:\/[\w.@%+~-]+)+\/?|(?<![\w.@/<>-])(?:[\w.-]+\/){2,}[\w.@%+~-]*|(?<![\w.@/<>-])[\w.-]+\/[\w.-]*\.[a-z]\w{0,7}\b/gi,
    placeholder: '<PATH>',
    needsDigit: false,
    needsText: '/',
  },
  { pattern: /\b(?:0[xX][0-9a-fA-F]+|[0-9a-fA-F]{7,})\b/g, placeholder: '<HEX>', needsDigit: true, accept: isHex },
  {
    pattern: new RegExp(
      `(?<![\\w.])(?:\\d+(?:\\.\\d+)?${DURATION_UNIT}){2,}\\b|(?<![\\w.])\\d+(?:\\.\\d+)?(?:${DURATION_UNIT}|\\s?${DURATION_WORD})\\b`,
      'g',
    ),
    placeholder: '<DUR>',
    needsDigit: true,
  },
  {
    pattern: new RegExp(`(?<![\\w.])\\d+(?:\\.\\d+)?\\s?${SIZE_UNIT}\\b`, 'g'),
    placeholder: '<SIZE>',
    needsDigit: true,
  },
  { pattern: /(?<![\w.])v\d+(?:\.\d+)*\b/g, placeholder: '<NUM>', needsDigit: true },
  {
    pattern: new RegExp(`(?<![A-Za-z0-9])-?\\d+(?:\\.\\d+)*(?:e[-+]?\\d+)?(?=(?:[kKMG]|%)?(?![A-Za-z0-9]))`, 'g'),
    placeholder: '<NUM>',
    needsDigit: true,
  },
];

const IPV6_SHAPE = /^(?:[0-9a-f]{0,4}:)+[0-9a-f]{0,4}$/i;

/** True when a `…:…:…` match is an IPv6 address rather than, say, `a::b` or `::`. */
function isIpv6(match: string): boolean {
  const address = match.startsWith('[') ? match.slice(1, match.indexOf(']')) : match;
  if (!IPV6_SHAPE.test(address)) return false;
  const groups = address.split(':');
  const empties = groups.filter((g) => g === '').length;
  // A full address has 8 groups; `::` compresses runs of zero groups (once).
  if (groups.length === 8 && empties === 0) return true;
  return address.includes('::') && address.indexOf('::') === address.lastIndexOf('::') && /\d/.test(address) && groups.length >= 3;
}

/** Source files cited as `File.java:42` look like `host:port`; they are not addresses. */
const SOURCE_EXTENSION = /\.(?:java|kt|kts|scala|groovy|py|js|mjs|cjs|jsx|ts|mts|cts|tsx|go|rs|c|cc|cpp|cxx|h|hpp|rb|cs|php|swift|m|mm|ex|exs|erl|hs|lua|pl|sh|ya?ml|json|xml|gradle|vue|svelte|dart|fs|vb)$/i;

/** True when a `name.name:port` match names a host, not a source file and line. */
function isHostAndPort(match: string): boolean {
  return !SOURCE_EXTENSION.test(match.slice(0, match.lastIndexOf(':')));
}

const HEX_LETTER = /[a-f]/i;

/** `0x…`, or a long run of hex digits holding both a digit and a letter (a SHA, not a word or a number). */
function isHex(match: string): boolean {
  return match[1] === 'x' || match[1] === 'X' || (HAS_DIGIT.test(match) && HEX_LETTER.test(match));
}

const HAS_DIGIT = /\d/;

/**
 * Returns `text` with its variable parts replaced by typed placeholders (see the module
 * comment). Linear in the length of the line; safe on any untrusted text.
 */
export function maskVariables(text: string): string {
  const hasDigit = HAS_DIGIT.test(text);
  let masked = text;
  for (const rule of RULES) {
    if ((rule.needsDigit && !hasDigit) || (rule.needsText !== undefined && !masked.includes(rule.needsText))) continue;
    const { accept, placeholder } = rule;
    masked = accept
      ? masked.replace(rule.pattern, (m) => (accept(m) ? placeholder : m))
      : masked.replace(rule.pattern, placeholder);
  }
  return masked;
}
