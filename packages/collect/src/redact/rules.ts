/**
 * The built-in secret rules. Written for this project after the public rule sets of gitleaks
 * (MIT) and GitHub's own token formats; no npm package ships a maintained rule list in a form
 * a streaming redactor can use (the secretlint presets are lint functions over whole files).
 *
 * Every rule runs over log text decoded as latin1 (one character per byte), so a rule only ever
 * talks about ASCII and the bytes it does not touch are written back unchanged.
 *
 * A rule that has a named group `secret` redacts only that group (the value of
 * `password=...`); otherwise it redacts the whole match.
 */
export interface RedactionRule {
  /** Stable name used in counts and in the replacement marker, e.g. `github-token`. */
  kind: string;
  /** Source of the regular expression (no flags). */
  source: string;
  /** Extra flags besides `d` (and `y` or `g`), e.g. `i`. */
  flags?: string;
  /**
   * Literal ASCII texts, matched case-insensitively, one of which every match of `source` has
   * `anchorAt` characters after its start. The redactor looks for these first and tries the
   * regular expression only where one occurs, so they must cover every way the rule can match.
   */
  anchors: readonly string[];
  /** Where the anchor sits in a match, in characters from the match's start (default 0). */
  anchorAt?: number;
}

/**
 * Characters an unquoted secret value may contain in `key=value` forms: anything but ASCII
 * space, quotes and the separators of query strings and lists. A quoted value runs to its
 * closing quote (escapes included), spaces and all.
 */
const VALUE = String.raw`[^\x00-\x20"'\x60&<>,]`;
const QUOTED_VALUE = String.raw`"(?!-----)(?<dq>(?:[^"\\\n]|\\.){3,})"|'(?!-----)(?<sq>[^'\n]{3,})'`;

/** Words a secret assignment's key ends with, maybe followed by `_KEY`/`Value`… (`DB_PASSWORD`, `secretKey`, `PRIVATE_KEY`). */
const SECRET_KEY = String.raw`(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)`;
/** Every spelling SECRET_KEY matches, the anchors of the assignment rule. */
const SECRET_KEY_WORDS = ['password', 'passwd', 'secret', 'token', ...['api', 'access', 'private'].flatMap((word) => [`${word}key`, `${word}_key`, `${word}-key`]), 'clientsecret', 'client_secret', 'client-secret'];
/** `=` or `:` between a key and its value, also URL-encoded (`%3D`, `%3A`). */
const ASSIGN = String.raw`(?:[=:]|%3[DdAa])`;
/**
 * No letter or digit right before: a token's own start (also right after a URL-encoded
 * character such as `%3A`, whose last character is a letter).
 */
const START = String.raw`(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}))`;

/** The line that closes a PEM private key block. */
export const PRIVATE_KEY_END = /-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----/;

/** The rules applied to every file, in no particular order (overlapping matches are merged). */
export const BUILT_IN_RULES: readonly RedactionRule[] = [
  {
    kind: 'private-key',
    // Multi-line PEM blocks (real newlines, or `\n` escapes inside JSON such as a GCP
    // service-account key). An unterminated block runs to the end of what is buffered.
    source: String.raw`-----BEGIN[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)`,
    anchors: ['-----begin'],
  },
  // GitHub's prefixes are distinctive enough to match whatever touches them (`MYghp_…`, `…_old`).
  { kind: 'github-token', source: String.raw`(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}`, anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'] },
  { kind: 'github-token', source: String.raw`github_pat_[A-Za-z0-9_]{22,255}`, anchors: ['github_pat_'] },
  { kind: 'npm-token', source: String.raw`npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])`, anchors: ['npm_'] },
  {
    kind: 'aws-access-key',
    source: String.raw`(?:(?<![A-Z0-9])|(?<=%[0-9A-Fa-f]{2}))(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z2-7])`,
    anchors: ['a3t', 'akia', 'asia', 'abia', 'acca'],
  },
  {
    kind: 'aws-secret-key',
    source: String.raw`aws_?secret_?access_?key["']?\s*[=:]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
    flags: 'i',
    anchors: ['awssecret', 'aws_secret'],
  },
  { kind: 'gcp-api-key', source: String.raw`${START}AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])`, anchors: ['aiza'] },
  { kind: 'gcp-private-key-id', source: String.raw`"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"`, anchors: ['"private_key_id"'] },
  {
    kind: 'azure-key',
    source: String.raw`\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*(?<secret>[A-Za-z0-9+/=%]{20,})`,
    flags: 'i',
    anchors: ['accountkey', 'sharedaccess'],
  },
  { kind: 'azure-sas-signature', source: String.raw`[?&]sig=(?<secret>[A-Za-z0-9%+/=]{20,})`, anchors: ['?sig=', '&sig='] },
  {
    kind: 'azure-client-secret',
    source: String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`,
    anchors: ['q~'],
    anchorAt: 4,
  },
  { kind: 'slack-token', source: String.raw`${START}xox[abposr]-[0-9A-Za-z-]{10,250}`, anchors: ['xox'] },
  { kind: 'slack-token', source: String.raw`\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`, anchors: ['xapp-'] },
  {
    kind: 'slack-webhook',
    source: String.raw`hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,})`,
    anchors: ['hooks.slack.com/'],
  },
  {
    kind: 'stripe-key',
    source: String.raw`${START}(?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99}(?![0-9A-Za-z])`,
    anchors: ['sk_test_', 'sk_live_', 'sk_prod_', 'rk_test_', 'rk_live_', 'rk_prod_'],
  },
  { kind: 'jwt', source: String.raw`${START}eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`, anchors: ['eyj'] },
  {
    kind: 'basic-auth-url',
    // Anchored on `://` (the scheme is a look-behind) so the search does not start at every word.
    // The password runs to the last `@` before the path: passwords hold `@` and `#` unescaped.
    source: String.raw`://(?<=\b[A-Za-z][A-Za-z0-9+.-]{1,20}://)[^\x00-\x20:/?#@"'<>\\]*:(?<secret>[^\x00-\x20/"'<>\\]+)@`,
    anchors: ['://'],
  },
  {
    kind: 'authorization-header',
    source: String.raw`\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)\s+(?<secret>[A-Za-z0-9._~+/=-]{8,})`,
    flags: 'i',
    anchors: ['authorization'],
  },
  {
    kind: 'command-line-secret',
    // `--password hunter2`, `-p=…` is too short to tell; long options only.
    source: String.raw`--(?:password|passwd|token|secret|api-key|client-secret)(?:=|[ \t]+)(?<secret>${VALUE}{3,})`,
    flags: 'i',
    anchors: ['--password', '--passwd', '--token', '--secret', '--api-key', '--client-secret'],
  },
  {
    kind: 'assignment',
    // The key ends with one of these words; a key inside a path (`/etc/passwd:`) is not one.
    // The word comes first and the path check looks back from its end, so the search starts
    // only where a word is (a leading look-behind ran at every character: 2-3x slower).
    source: String.raw`${SECRET_KEY}(?<![/\\][A-Za-z0-9_.-]*${SECRET_KEY})(?:[_-]?(?:key|value|string|str))?["']?[ \t]*${ASSIGN}[ \t]*(?:${QUOTED_VALUE}|["']?(?!-----)(?<secret>${VALUE}{3,}))`,
    flags: 'i',
    anchors: SECRET_KEY_WORDS,
  },
];

/**
 * Values that look like a secret's place but are not one: already masked by GitHub (`***`),
 * a variable reference, booleans and the like. Matching only these is not counted.
 */
const PLACEHOLDER = /^(?:\*+|\[REDACTED:[a-z0-9-]+\]|\$\{\{.*|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|<[^>]*>|true|false|null|none|nil|undefined|yes|no|required|optional)$/i;

/** True when `value` is a placeholder rather than a secret (see PLACEHOLDER). */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}
