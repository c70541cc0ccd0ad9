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
  /** Extra flags besides `g` and `d`, e.g. `i`. */
  flags?: string;
}

/** Characters a secret value may contain in `key=value` forms: anything but ASCII space, quotes, backslash and separators. */
const VALUE = String.raw`[^\x00-\x20"'\x60\\,;&<>]`;

/** The line that closes a PEM private key block. */
export const PRIVATE_KEY_END = /-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----/;

/** The rules applied to every file, in no particular order (overlapping matches are merged). */
export const BUILT_IN_RULES: readonly RedactionRule[] = [
  {
    kind: 'private-key',
    // Multi-line PEM blocks (real newlines, or `\n` escapes inside JSON such as a GCP
    // service-account key). An unterminated block runs to the end of what is buffered.
    source: String.raw`-----BEGIN[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)`,
  },
  { kind: 'github-token', source: String.raw`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}\b` },
  { kind: 'github-token', source: String.raw`\bgithub_pat_[A-Za-z0-9_]{22,255}\b` },
  { kind: 'npm-token', source: String.raw`\bnpm_[A-Za-z0-9]{36}\b` },
  { kind: 'aws-access-key', source: String.raw`\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b` },
  {
    kind: 'aws-secret-key',
    source: String.raw`aws_?secret_?access_?key["']?\s*[=:]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
    flags: 'i',
  },
  { kind: 'gcp-api-key', source: String.raw`\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])` },
  { kind: 'gcp-private-key-id', source: String.raw`"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"` },
  {
    kind: 'azure-key',
    source: String.raw`\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*(?<secret>[A-Za-z0-9+/=%]{20,})`,
    flags: 'i',
  },
  { kind: 'azure-sas-signature', source: String.raw`[?&]sig=(?<secret>[A-Za-z0-9%+/=]{20,})` },
  {
    kind: 'azure-client-secret',
    source: String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`,
  },
  { kind: 'slack-token', source: String.raw`\bxox[abposr]-[0-9A-Za-z-]{10,250}` },
  { kind: 'slack-token', source: String.raw`\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+` },
  {
    kind: 'slack-webhook',
    source: String.raw`hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,})`,
  },
  { kind: 'stripe-key', source: String.raw`\b(?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99}\b` },
  { kind: 'jwt', source: String.raw`\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*` },
  {
    kind: 'basic-auth-url',
    // Anchored on `://` (the scheme is a look-behind) so the search does not start at every word.
    source: String.raw`://(?<=\b[A-Za-z][A-Za-z0-9+.-]{1,20}://)[^\x00-\x20:/?#@"'<>\\]+:(?<secret>[^\x00-\x20@/?#"'<>\\]+)@`,
  },
  {
    kind: 'authorization-header',
    source: String.raw`\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)\s+(?<secret>[A-Za-z0-9._~+/=-]{8,})`,
    flags: 'i',
  },
  {
    kind: 'assignment',
    // The key ends with one of these words; a key inside a path (`/etc/passwd:`) is not one.
    source: String.raw`(?<![/\\][A-Za-z0-9_.-]*)(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)["']?[ \t]*[=:][ \t]*["']?(?<secret>${VALUE}{3,})`,
    flags: 'i',
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
