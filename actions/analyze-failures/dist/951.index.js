export const id = 951;
export const ids = [951];
export const modules = {

/***/ 951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectRun: () => (/* binding */ collect_run_collectRun),
  pathsNameNothing: () => (/* binding */ pathsNameNothing)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 132 modules
var src = __webpack_require__(8562);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/collect/src/slug.ts

/** Longest slug, in characters (suffixes for collisions included). */
const MAX_SLUG_LENGTH = 90;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;
/**
 * A safe file or folder name from an untrusted name (a job or step name, a path segment):
 * letters, digits, `.`, `_` and `-` only, lower case, no leading dot (so never `.` or `..`),
 * at most MAX_SLUG_LENGTH characters. Accents are dropped (`é` → `e`); a name with nothing
 * usable left becomes `<fallback>-<8 hex of its hash>`, so distinct names stay distinct.
 */
function slugify(name, fallback = 'job') {
    const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    let slug = ascii
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    if (slug.length === 0)
        slug = `${fallback}-${shortHash(name)}`;
    if (RESERVED.test(slug))
        slug = `${slug}-`;
    return trimTo(slug, MAX_SLUG_LENGTH);
}
/**
 * Hands out slugs that are unique within one folder: the first `build` is `build`, the next
 * `build-2`, and so on, still within MAX_SLUG_LENGTH.
 */
class SlugAllocator {
    fallback;
    taken = new Set();
    constructor(fallback = 'job') {
        this.fallback = fallback;
    }
    /** Marks `slug` as taken (a file that already lives in the folder, such as `run.json`). */
    reserve(slug) {
        this.taken.add(slug);
        return this;
    }
    /** A slug for `name` not handed out before by this allocator. */
    next(name) {
        const base = slugify(name, this.fallback);
        let slug = base;
        for (let n = 2; this.taken.has(slug); n++) {
            const suffix = `-${n}`;
            slug = trimTo(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
        }
        this.taken.add(slug);
        return slug;
    }
}
function trimTo(slug, length) {
    return slug.length <= length ? slug : slug.slice(0, length).replace(/[-.]+$/, '');
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}

;// CONCATENATED MODULE: ./packages/collect/src/app-logs.ts






/**
 * Files in the workspace that match the globs: regular files only, never through a symbolic
 * link, and never a path whose real location is outside the workspace. Patterns that are
 * absolute or climb out with `..` are refused.
 */
async function findAppLogs(search) {
    checkAppLogPatterns(search.globs);
    if (search.globs.length === 0)
        return [];
    const root = await (0,promises_.realpath)(search.workspace);
    const ignore = search.exclude
        .map((dir) => (0,external_node_path_.relative)(root, dir).split(external_node_path_.sep).join('/'))
        .filter((dir) => dir !== '' && !dir.startsWith('..'))
        .map((dir) => `${dir}/**`);
    const matches = await (0,dist/* glob */.TI)([...search.globs], {
        cwd: root,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ['.git/**', '**/node_modules/**', ...ignore],
        expandDirectories: false,
    });
    const files = [];
    const taken = new Set();
    for (const match of matches.sort()) {
        const source = (0,external_node_path_.join)(root, match);
        const stat = await (0,promises_.lstat)(source);
        if (!stat.isFile()) {
            search.logger.warning(`app-logs: skipped ${match}: not a regular file (links are never followed)`);
            continue;
        }
        const real = await (0,promises_.realpath)(source);
        if (real !== root && !real.startsWith(root + external_node_path_.sep)) {
            search.logger.warning(`app-logs: skipped ${match}: it resolves outside the workspace`);
            continue;
        }
        files.push({ source, relativePath: match, target: uniqueTarget(match, taken) });
    }
    return files;
}
/**
 * Where a found file goes in the folder: `app-logs/` plus its path, each part slugged. Names
 * that slug alike (`App.log`, `app.log`) get `-2`, `-3`… before the extension, so no file
 * overwrites another and each keeps an extension the analysis reads.
 */
function uniqueTarget(match, taken) {
    const target = ['app-logs', ...match.split('/').map((segment) => slugify(segment, 'file'))].join('/');
    const key = (path) => path.toLowerCase();
    let unique = target;
    const dot = target.lastIndexOf('.');
    const slash = target.lastIndexOf('/');
    const [stem, extension] = dot > slash ? [target.slice(0, dot), target.slice(dot)] : [target, ''];
    for (let n = 2; taken.has(key(unique)); n++)
        unique = `${stem}-${n}${extension}`;
    taken.add(key(unique));
    return unique;
}
/** Refuses (ConfigurationError) patterns that are absolute or climb out of the workspace with `..`. */
function checkAppLogPatterns(globs) {
    for (const pattern of globs) {
        if ((0,external_node_path_.isAbsolute)(pattern) || pattern.split(/[\\/]/).includes('..')) {
            throw new src/* ConfigurationError */.j1(`app-logs pattern ${JSON.stringify(pattern)} must be relative to the workspace and must not use '..'`);
        }
    }
}
/** Opens a found file for reading, refusing to follow a link swapped in since it was found. */
async function openAppLog(file) {
    const handle = await (0,promises_.open)(file.source, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    return handle.createReadStream();
}

;// CONCATENATED MODULE: ./packages/collect/src/collect-options.ts
/** Largest log collected when `maxLogBytes` is not given: 512 MiB. */
const DEFAULT_MAX_LOG_BYTES = 512 * 1024 * 1024;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./packages/collect/src/redact/anchors.ts

/**
 * Finds where rules may match in raw bytes, in one pass: every rule's anchors go into one
 * Aho–Corasick automaton (case-insensitive for ASCII), and each anchor found gives a candidate
 * start for its rules. A rule with no candidate in a text cannot match there.
 */
class AnchorScanner {
    /** Where keywords end in some bytes (see `keywordEndFinder`). */
    findKeywordEnds;
    /** Keywords by their last byte (lower case), to tell which one ended where the automaton says one did. */
    byLastByte = new Map();
    ruleCount;
    constructor(rules) {
        this.ruleCount = rules.length;
        const words = new Map();
        rules.forEach((rule, index) => {
            for (const anchor of rule.anchors) {
                if (anchor.length === 0 || !/^[\x20-\x7e]+$/.test(anchor))
                    throw new Error(`anchor ${JSON.stringify(anchor)} is not printable ASCII`);
                const key = anchor.toLowerCase();
                let word = words.get(key);
                if (!word) {
                    word = { bytes: Buffer.from(key, 'latin1'), uses: [] };
                    words.set(key, word);
                    const last = word.bytes[word.bytes.length - 1];
                    this.byLastByte.set(last, [...(this.byLastByte.get(last) ?? []), word]);
                }
                word.uses.push({ rule: index, back: rule.anchorAt });
            }
        });
        this.findKeywordEnds = keywordEndFinder(new src/* KeywordAutomaton */.eN([...words.keys()]));
    }
    /**
     * Candidate match starts in `bytes`, per rule (same order as given to the constructor),
     * ascending and without repeats; `undefined` for a rule with none. Null when no rule has any.
     */
    scan(bytes) {
        const ends = this.findKeywordEnds(bytes);
        if (!ends)
            return null;
        const found = new Array(this.ruleCount);
        for (const end of ends)
            this.addStarts(bytes, end, found);
        for (const starts of found)
            starts?.sort((a, b) => a - b);
        return found;
    }
    /** Adds the candidate starts of every keyword that ends at `end` (inclusive). */
    addStarts(bytes, end, found) {
        for (const word of this.byLastByte.get(lowerAscii(bytes[end])) ?? []) {
            const start = end - word.bytes.length + 1;
            if (start < 0 || !endsWith(bytes, start, word.bytes))
                continue;
            for (const use of word.uses) {
                const at = start - use.back;
                if (at < 0)
                    continue;
                const starts = (found[use.rule] ??= []);
                if (starts[starts.length - 1] !== at)
                    starts.push(at);
            }
        }
    }
}
/**
 * The automaton's hot loop as a closure over its tables: V8 then treats the tables as
 * constants, which runs about twice as fast as reading them from an object's fields. Tables are
 * 16-bit so they stay in the L1 cache; line ends carry no flag (anchors never span lines).
 * Returns the offsets where a keyword ends (inclusive), ascending, or null for none.
 */
function keywordEndFinder(automaton) {
    const tables = automaton.lineTables();
    if (tables.next.some((state) => state > 0xffff))
        throw new Error('too many anchor states for 16-bit tables');
    const next = Uint16Array.from(tables.next);
    const keywordEnds = tables.flags.map((flag) => flag & src/* KEYWORD */.QR);
    const byteClass = Uint8Array.from(tables.byteClass);
    return (bytes) => {
        let ends = null;
        let state = 0;
        for (let i = 0; i < bytes.length; i++) {
            state = next[state + byteClass[bytes[i]]];
            if (keywordEnds[state] !== 0)
                (ends ??= []).push(i);
        }
        return ends;
    };
}
function lowerAscii(byte) {
    return byte >= 65 && byte <= 90 ? byte + 32 : byte;
}
/** True when bytes[start…] equals `word` (lower-case ASCII), ignoring ASCII case. */
function endsWith(bytes, start, word) {
    for (let k = 0; k < word.length; k++)
        if (lowerAscii(bytes[start + k]) !== word[k])
            return false;
    return true;
}

// EXTERNAL MODULE: ./node_modules/@secretlint/core/module/index.js + 15 modules
var core_module = __webpack_require__(6707);
// EXTERNAL MODULE: ./node_modules/@secretlint/profiler/module/node.js + 1 modules
var node = __webpack_require__(806);
// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(1577);
;// CONCATENATED MODULE: ./packages/collect/src/redact/maintained-rules.ts



/**
 * The maintained rule set: secretlint's recommended preset (GitHub, GitLab, AWS, GCP, Slack,
 * Stripe, npm, OpenAI, Anthropic, SendGrid, Shopify, private keys, database connection strings
 * and more, kept up to date by the secretlint project), run beside the built-in anchored rules.
 *
 * Its comment filter is left out: a log is untrusted text, and a `secretlint-disable` line in it
 * must not switch detection off.
 */
const CONFIG = {
    rules: secretlint_rule_preset_recommend_module/* rules */.a
        .filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments')
        .map((rule) => ({ id: rule.meta.id, rule })),
};
// secretlint's profiler keeps a performance mark per rule and call, forever: on a stream of
// batches that is a leak (secretlint/secretlint#1633). It is only for secretlint's CLI.
node/* secretLintProfiler */.z.setEnabled(false);
const NON_ASCII = /[^\x00-\x7f]/g;
/** secretlint rules that report a whole URL, where the built-in `basic-auth-url` rule hides just its password. */
const WHOLE_URL_KINDS = new Set(['secretlint-database-connection-string', 'secretlint-basicauth']);
const RULE_PREFIX = '@secretlint/secretlint-rule-';
/** The kind a secretlint finding is counted under: `secretlint-<rule>` (`secretlint-github`, …). */
function maintainedKind(ruleId) {
    return `secretlint-${ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId.replace(/\W+/g, '-')}`;
}
/**
 * Where secretlint's recommended rules find secrets in `text`, as offsets into it. Every
 * non-ASCII character is shown to secretlint as a space of the same length: its rules start a
 * key only after a non-letter, and neither a UTF-8 byte read as latin1 (`ª`, `µ`) nor a CJK
 * letter right before a key may hide it. No key format holds non-ASCII characters.
 */
async function maintained_rules_maintainedRuleSpans(text) {
    const result = await (0,core_module/* lintSource */.n)({
        source: { content: text.replace(NON_ASCII, ' '), filePath: 'log.txt', contentType: 'text', ext: '.txt' },
        options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
    });
    return result.messages
        .filter((message) => message.range[1] > message.range[0])
        .map((message) => ({ start: message.range[0], end: message.range[1], kind: maintainedKind(message.ruleId) }));
}

;// CONCATENATED MODULE: ./packages/collect/src/redact/rules.ts
/**
 * Characters an unquoted secret value may contain in `key=value` forms: anything but ASCII
 * space, quotes and the separators of query strings and lists. A quoted value runs to its
 * closing quote (escapes included), spaces and all.
 */
const VALUE = String.raw `[^\x00-\x20"'\x60&<>,]`;
const QUOTED_VALUE = String.raw `"(?!-----)(?<dq>(?:[^"\\\n]|\\.){3,})"|'(?!-----)(?<sq>[^'\n]{3,})'`;
/** Words a secret assignment's key ends with, maybe followed by `_KEY`/`Value`… (`DB_PASSWORD`, `secretKey`, `PRIVATE_KEY`). */
const SECRET_KEY = String.raw `(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)`;
/** Every spelling SECRET_KEY matches, the anchors of the assignment rule. */
const SECRET_KEY_WORDS = ['password', 'passwd', 'secret', 'token', ...['api', 'access', 'private'].flatMap((word) => [`${word}key`, `${word}_key`, `${word}-key`]), 'clientsecret', 'client_secret', 'client-secret'];
/** `=` or `:` between a key and its value, also URL-encoded (`%3D`, `%3A`). */
const ASSIGN = String.raw `(?:[=:]|%3[DdAa])`;
/**
 * No letter or digit right before: a token's own start (also right after a URL-encoded
 * character such as `%3A`, whose last character is a letter).
 */
const START = String.raw `(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}))`;
/** The line that closes a PEM private key block. */
const PRIVATE_KEY_END = /-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----/;
/** The rules applied to every file, in no particular order (overlapping matches are merged). */
const BUILT_IN_RULES = [
    {
        kind: 'private-key',
        // Multi-line PEM blocks (real newlines, or `\n` escapes inside JSON such as a GCP
        // service-account key). An unterminated block runs to the end of what is buffered.
        source: String.raw `-----BEGIN[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)`,
        anchors: ['-----begin'],
    },
    // GitHub's prefixes are distinctive enough to match whatever touches them (`MYghp_…`, `…_old`).
    { kind: 'github-token', source: String.raw `(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}`, anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'] },
    { kind: 'github-token', source: String.raw `github_pat_[A-Za-z0-9_]{22,255}`, anchors: ['github_pat_'] },
    { kind: 'npm-token', source: String.raw `npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])`, anchors: ['npm_'] },
    {
        kind: 'aws-access-key',
        source: String.raw `(?:(?<![A-Z0-9])|(?<=%[0-9A-Fa-f]{2}))(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z2-7])`,
        anchors: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    },
    {
        kind: 'aws-secret-key',
        source: String.raw `aws_?secret_?access_?key["']?\s*[=:]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        anchors: ['awssecret', 'aws_secret'],
    },
    { kind: 'gcp-api-key', source: String.raw `${START}AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])`, anchors: ['aiza'] },
    { kind: 'gcp-private-key-id', source: String.raw `"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"`, anchors: ['"private_key_id"'] },
    {
        kind: 'azure-key',
        source: String.raw `\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*(?<secret>[A-Za-z0-9+/=%]{20,})`,
        flags: 'i',
        anchors: ['accountkey', 'sharedaccess'],
    },
    { kind: 'azure-sas-signature', source: String.raw `[?&]sig=(?<secret>[A-Za-z0-9%+/=]{20,})`, anchors: ['?sig=', '&sig='] },
    {
        kind: 'azure-client-secret',
        source: String.raw `(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`,
        anchors: ['q~'],
        anchorAt: 4,
    },
    { kind: 'slack-token', source: String.raw `${START}xox[abposr]-[0-9A-Za-z-]{10,250}`, anchors: ['xox'] },
    { kind: 'slack-token', source: String.raw `\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`, anchors: ['xapp-'] },
    {
        kind: 'slack-webhook',
        source: String.raw `hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,})`,
        anchors: ['hooks.slack.com/'],
    },
    {
        kind: 'stripe-key',
        source: String.raw `${START}(?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99}(?![0-9A-Za-z])`,
        anchors: ['sk_test_', 'sk_live_', 'sk_prod_', 'rk_test_', 'rk_live_', 'rk_prod_'],
    },
    { kind: 'jwt', source: String.raw `${START}eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`, anchors: ['eyj'] },
    {
        kind: 'basic-auth-url',
        // Anchored on `://` (the scheme is a look-behind) so the search does not start at every word.
        // The password runs to the last `@` before the path: passwords hold `@` and `#` unescaped.
        source: String.raw `://(?<=\b[A-Za-z][A-Za-z0-9+.-]{1,20}://)[^\x00-\x20:/?#@"'<>\\]*:(?<secret>[^\x00-\x20/"'<>\\]+)@`,
        anchors: ['://'],
    },
    {
        kind: 'authorization-header',
        source: String.raw `\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)\s+(?<secret>[A-Za-z0-9._~+/=-]{8,})`,
        flags: 'i',
        anchors: ['authorization'],
    },
    {
        kind: 'command-line-secret',
        // `--password hunter2`, `-p=…` is too short to tell; long options only.
        source: String.raw `--(?:password|passwd|token|secret|api-key|client-secret)(?:=|[ \t]+)(?<secret>${VALUE}{3,})`,
        flags: 'i',
        anchors: ['--password', '--passwd', '--token', '--secret', '--api-key', '--client-secret'],
    },
    {
        kind: 'assignment',
        // The key ends with one of these words; a key inside a path (`/etc/passwd:`) is not one.
        // The word comes first and the path check looks back from its end, so the search starts
        // only where a word is (a leading look-behind ran at every character: 2-3x slower).
        source: String.raw `${SECRET_KEY}(?<![/\\][A-Za-z0-9_.-]*${SECRET_KEY})(?:[_-]?(?:key|value|string|str))?["']?[ \t]*${ASSIGN}[ \t]*(?:${QUOTED_VALUE}|["']?(?!-----)(?<secret>${VALUE}{3,}))`,
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
function isPlaceholder(value) {
    return PLACEHOLDER.test(value);
}

;// CONCATENATED MODULE: ./packages/collect/src/redact/redactor.ts




/** Secrets shorter than this would wreck ordinary text; they are refused with a ConfigurationError. */
const MIN_SECRET_LENGTH = 4;
/** The text written in place of a secret; newlines inside the secret are kept so line numbers hold. */
function redactionMarker(kind) {
    return `[REDACTED:${kind}]`;
}
/**
 * Finds secrets in text and replaces them. Text is latin1 (one character per byte): the
 * stream redactor feeds it raw bytes, `redactString` converts. Stateless once built; share it.
 *
 * The built-in rules and the exact secret values are found without decoding: one pass of an
 * anchor automaton over the bytes gives the few places where a rule may match, and each rule's
 * regular expression is tried (sticky) only there. Bytes with no anchor are never decoded
 * unless the user gave patterns, which are searched over the whole text as written.
 */
class Redactor {
    builtIn;
    scanner;
    secretRule;
    /** The secret values in every form searched for, as bytes. */
    secretForms;
    patterns;
    markers = new Map();
    findMaintained;
    constructor(options = {}) {
        const maintained = options.maintainedRules ?? true;
        this.findMaintained = maintained === true ? maintained_rules_maintainedRuleSpans : maintained === false ? undefined : maintained;
        this.builtIn = BUILT_IN_RULES.map(compileRule);
        this.scanner = new AnchorScanner(BUILT_IN_RULES.map((rule) => ({ anchors: rule.anchors, anchorAt: rule.anchorAt ?? 0 })));
        this.patterns = (options.patterns ?? []).map(compileUserPattern);
        const forms = secretForms(options.secrets ?? []);
        this.secretForms = forms.map((form) => Buffer.from(form, 'latin1'));
        this.secretRule = forms.length > 0 ? { kind: 'secret-value', regex: new RegExp(forms.map(escapeRegExp).join('|'), 'y') } : undefined;
    }
    /** Spans to hide in `bytes` (latin1 text), sorted, non-overlapping (overlaps are merged into the longest contributor's kind). */
    findSpans(bytes, latin1) {
        const candidates = this.scanner.scan(bytes);
        const secretStarts = this.secretStarts(bytes);
        if (!candidates && !secretStarts && this.patterns.length === 0)
            return [];
        const text = latin1 ? latin1() : bytes.toString('latin1');
        const found = [];
        this.builtIn.forEach((rule, index) => {
            const starts = candidates?.[index];
            if (starts)
                matchAt(text, rule, starts, found);
        });
        if (this.secretRule && secretStarts)
            matchAt(text, this.secretRule, secretStarts, found);
        for (const rule of this.patterns) {
            rule.regex.lastIndex = 0;
            for (const match of text.matchAll(rule.regex))
                addSpan(text, match, rule.kind, found);
        }
        return mergeSpans(found);
    }
    /**
     * `findSpans` plus the maintained rule set's findings, merged: what a file's bytes are
     * redacted with. Asynchronous because secretlint is.
     */
    async findAllSpans(bytes) {
        if (!this.findMaintained)
            return this.findSpans(bytes);
        const text = bytes.toString('latin1');
        const spans = this.findSpans(bytes, () => text);
        const more = (await this.findMaintained(text)).filter((span) => !isPlaceholder(text.slice(span.start, span.end)) && !passwordOnly(span, spans));
        return more.length === 0 ? spans : mergeSpans([...spans, ...more]);
    }
    /**
     * Redacts many strings (an API object's values) with the built-in rules, then with the
     * maintained rule set in one pass over all of them.
     */
    async redactStrings(strings, counts) {
        const redacted = strings.map((text) => this.redactString(text, counts));
        if (!this.findMaintained || redacted.length === 0)
            return redacted;
        const joined = redacted.join(STRING_SEPARATOR);
        const spans = (await this.findMaintained(joined)).filter((span) => {
            const found = joined.slice(span.start, span.end);
            return !isPlaceholder(found) && !(WHOLE_URL_KINDS.has(span.kind) && found.includes(BASIC_AUTH_MARKER));
        });
        if (spans.length === 0)
            return redacted;
        let base = 0;
        return redacted.map((text) => {
            const local = spans
                .filter((span) => span.start < base + text.length && span.end > base)
                .map((span) => ({ start: Math.max(0, span.start - base), end: Math.min(text.length, span.end - base), kind: span.kind }));
            base += text.length + STRING_SEPARATOR.length;
            return local.length === 0 ? text : replaceSpans(text, mergeSpans(local), counts);
        });
    }
    /** `bytes[from, to)` with `spans` (from findSpans over `bytes`) replaced, counting into `counts`. */
    apply(bytes, spans, from, to, counts) {
        const parts = [];
        let at = from;
        for (const span of spans) {
            if (span.end <= from || span.start >= to)
                continue;
            const start = Math.max(span.start, from);
            const end = Math.min(span.end, to);
            parts.push(bytes.subarray(at, start), this.marker(span.kind), newlinesIn(bytes, start, end));
            counts[span.kind] = (counts[span.kind] ?? 0) + 1;
            at = end;
        }
        if (parts.length === 0)
            return bytes.subarray(from, to);
        parts.push(bytes.subarray(at, to));
        return Buffer.concat(parts);
    }
    /** Redacts a whole latin1 string at once. */
    redactLatin1(text, counts = {}) {
        const bytes = Buffer.from(text, 'latin1');
        const spans = this.findSpans(bytes);
        return spans.length === 0 ? text : this.apply(bytes, spans, 0, bytes.length, counts).toString('latin1');
    }
    /** Redacts an ordinary (UTF-16) string, e.g. a value from a JSON object. */
    redactString(text, counts = {}) {
        const bytes = Buffer.from(text, 'utf8');
        const spans = this.findSpans(bytes);
        return spans.length === 0 ? text : this.apply(bytes, spans, 0, bytes.length, counts).toString('utf8');
    }
    /** Every place a secret value (in any form) starts, ascending; undefined when none. */
    secretStarts(bytes) {
        let starts;
        for (const form of this.secretForms) {
            for (let at = bytes.indexOf(form); at !== -1; at = bytes.indexOf(form, at + 1))
                (starts ??= []).push(at);
        }
        return starts?.sort((a, b) => a - b);
    }
    marker(kind) {
        let marker = this.markers.get(kind);
        if (!marker)
            this.markers.set(kind, (marker = Buffer.from(redactionMarker(kind), 'latin1')));
        return marker;
    }
}
/**
 * Tries a sticky rule at each candidate start (ascending), as a global search would go: a
 * match is only looked for at or after the end of the previous one.
 */
function matchAt(text, rule, starts, found) {
    let next = 0;
    for (const start of starts) {
        if (start < next)
            continue;
        rule.regex.lastIndex = start;
        const match = rule.regex.exec(text);
        if (!match)
            continue;
        next = start + Math.max(1, match[0].length);
        addSpan(text, match, rule.kind, found);
    }
}
/** Adds the span a match hides, unless it is empty or only a placeholder. */
function addSpan(text, match, kind, found) {
    const span = secretSpan(match);
    if (span.end <= span.start)
        return;
    if (isPlaceholder(text.slice(span.start, span.end)))
        return;
    found.push({ ...span, kind });
}
const BASIC_AUTH_MARKER = redactionMarker('basic-auth-url');
/**
 * True for a secretlint finding of a whole URL whose password a built-in `basic-auth-url` span
 * already hides: that narrower span is kept, so the host and path stay readable. Any other
 * overlap keeps both (merged), so a built-in match that is too short cannot shadow a secret.
 */
function passwordOnly(span, own) {
    return WHOLE_URL_KINDS.has(span.kind) && own.some((o) => o.kind === 'basic-auth-url' && o.start >= span.start && o.end <= span.end);
}
/** Between strings searched together: a line break, so no rule reads one string into the next. */
const STRING_SEPARATOR = '\n\n';
/** `text` with sorted, non-overlapping `spans` replaced by markers (newlines kept), counted. */
function replaceSpans(text, spans, counts) {
    let out = '';
    let at = 0;
    for (const span of spans) {
        out += text.slice(at, span.start) + redactionMarker(span.kind) + '\n'.repeat(text.slice(span.start, span.end).split('\n').length - 1);
        counts[span.kind] = (counts[span.kind] ?? 0) + 1;
        at = span.end;
    }
    return out + text.slice(at);
}
/** Adds `more` into `into`. */
function addCounts(into, more) {
    for (const [kind, n] of Object.entries(more))
        into[kind] = (into[kind] ?? 0) + n;
    return into;
}
/** Total number of redactions in `counts`. */
function totalRedactions(counts) {
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
function compileRule(rule) {
    return { kind: rule.kind, regex: new RegExp(rule.source, `yd${rule.flags ?? ''}`) };
}
function compileUserPattern(pattern) {
    try {
        const regex = new RegExp(pattern, 'gd');
        if (regex.test(''))
            throw new src/* ConfigurationError */.j1(`redact pattern ${JSON.stringify(pattern)} matches empty text`);
        return { kind: 'custom', regex };
    }
    catch (error) {
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw new src/* ConfigurationError */.j1(`redact pattern ${JSON.stringify(pattern)} is not a valid regular expression`);
    }
}
/** Every given value and its common encodings as latin1 text (UTF-8 bytes), longest first. */
function secretForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (secret.length === 0)
            continue;
        if (secret.length < MIN_SECRET_LENGTH) {
            throw new src/* ConfigurationError */.j1(`a secret to redact must be at least ${MIN_SECRET_LENGTH} characters long`);
        }
        const encoded = encodeURIComponent(secret);
        const variants = [
            secret,
            encoded,
            encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
            JSON.stringify(secret).slice(1, -1),
            Buffer.from(secret).toString('base64').replace(/=+$/, ''),
        ];
        for (const form of variants) {
            if (form.length >= MIN_SECRET_LENGTH)
                forms.add(Buffer.from(form, 'utf8').toString('latin1'));
        }
    }
    return [...forms].sort((a, b) => b.length - a.length);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function secretSpan(match) {
    // The value: `secret`, or the inside of a quoted value (`dq`, `sq`).
    const groups = match.indices?.groups;
    const group = groups?.['secret'] ?? groups?.['dq'] ?? groups?.['sq'];
    if (group)
        return { start: group[0], end: group[1] };
    const start = match.index ?? 0;
    return { start, end: start + match[0].length };
}
function mergeSpans(spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const span of spans) {
        const last = merged[merged.length - 1];
        if (last && span.start < last.end) {
            if (span.end - span.start > last.end - last.start)
                last.kind = span.kind;
            last.end = Math.max(last.end, span.end);
        }
        else {
            merged.push({ ...span });
        }
    }
    return merged;
}
const NEWLINE = Buffer.from('\n');
const NO_BYTES = Buffer.alloc(0);
/** The newlines in bytes[start, end), kept in place of a secret so line numbers hold. */
function newlinesIn(bytes, start, end) {
    let count = 0;
    for (let i = bytes.indexOf(10, start); i !== -1 && i < end; i = bytes.indexOf(10, i + 1))
        count++;
    return count === 0 ? NO_BYTES : count === 1 ? NEWLINE : Buffer.alloc(count, 10);
}

;// CONCATENATED MODULE: ./packages/collect/src/redact/stream.ts


/** Bytes of already-written text kept so look-behinds and `\b` see the real left context. */
const CONTEXT_CHARS = 256;
/** Longest END line of a PEM block, kept back while inside one so a split END line is still seen. */
const END_LINE_CHARS = 100;
/**
 * A Transform that redacts a byte stream without holding it whole: bytes (read as latin1 text
 * where a rule needs text) are searched in batches, and the last `windowChars` of each batch
 * (or from the start of a match that reaches past that point) wait for the next batch. Bytes
 * where no rule can match go out as they came, never decoded. `counts` is final once the
 * stream has ended.
 */
class RedactStream extends external_node_stream_.Transform {
    redactor;
    counts = {};
    /** Bytes received and not yet searched, in order. */
    pending = [];
    pendingBytes = 0;
    /** The last bytes written out, searched again as left context only. */
    context = Buffer.alloc(0);
    /** True while inside a PEM block whose start was already written out redacted. */
    insideKey = false;
    windowChars;
    batchChars;
    maxHoldChars;
    constructor(redactor, options = {}) {
        super();
        this.redactor = redactor;
        this.windowChars = options.windowChars ?? 8 * 1024;
        this.batchChars = options.batchChars ?? 256 * 1024;
        this.maxHoldChars = Math.max(options.maxHoldChars ?? 1024 * 1024, this.windowChars + this.batchChars);
    }
    _transform(chunk, _encoding, callback) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes < this.windowChars + this.batchChars)
            return callback();
        this.process(false).then(() => callback(), callback);
    }
    _flush(callback) {
        this.process(true).then(() => callback(), callback);
    }
    async process(final) {
        if (this.insideKey && !this.skipKeyBody(final))
            return;
        const bytes = Buffer.concat([this.context, ...this.pending]);
        const base = this.context.length;
        const spans = (await this.redactor.findAllSpans(bytes)).filter((span) => span.end > base);
        let cut = final ? bytes.length : bytes.length - this.windowChars;
        const open = spans.find((span) => span.start < cut && span.end > cut);
        if (open)
            cut = open.start;
        if (cut <= base) {
            this.setPending(bytes.subarray(base));
            if (this.pendingBytes < this.maxHoldChars)
                return;
            cut = bytes.length;
            this.insideKey = spans.some((span) => isOpenKeyBlock(bytes, span));
        }
        this.push(this.redactor.apply(bytes, spans, base, cut, this.counts));
        this.context = bytes.subarray(Math.max(0, cut - CONTEXT_CHARS), cut);
        this.setPending(bytes.subarray(cut));
    }
    /**
     * Drops the body of a PEM block already opened (keeping its newlines) up to and including
     * its END line. Returns true when the block closed and normal processing can go on.
     */
    skipKeyBody(final) {
        const pending = Buffer.concat(this.pending);
        const end = PRIVATE_KEY_END.exec(pending.toString('latin1'));
        let stop;
        if (end)
            stop = end.index + end[0].length;
        else if (final)
            stop = pending.length;
        else
            stop = Math.max(0, pending.length - END_LINE_CHARS);
        this.push(newlinesOf(pending.subarray(0, stop)));
        this.context = Buffer.alloc(0);
        this.setPending(pending.subarray(stop));
        this.insideKey = !end && !final;
        return !this.insideKey;
    }
    setPending(bytes) {
        this.pending = bytes.length > 0 ? [bytes] : [];
        this.pendingBytes = bytes.length;
    }
}
function isOpenKeyBlock(bytes, span) {
    return span.kind === 'private-key' && span.end === bytes.length && !PRIVATE_KEY_END.test(bytes.toString('latin1', span.start, span.end));
}
/** As many newlines as `bytes` has. */
function newlinesOf(bytes) {
    let count = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1))
        count++;
    return Buffer.alloc(count, 10);
}

;// CONCATENATED MODULE: ./packages/collect/src/problems.ts

/** The permission collect-logs needs to read runs, jobs and logs. */
const ACTIONS_READ_HINT = 'the token needs the `actions: read` permission (add `permissions: { actions: read, contents: read }` to the workflow or job)';
/** Thrown when a download passes the size cap. */
class TooBigError extends Error {
    limit;
    name = 'TooBigError';
    constructor(limit) {
        super(`larger than the ${limit}-byte cap (max-log-bytes)`);
        this.limit = limit;
    }
}
/** The HTTP status carried by an Octokit error or our own download errors, if any. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Classifies a failed download as a Problem. */
function problemFrom(error) {
    if (error instanceof TooBigError)
        return { reason: 'too-big', message: error.message };
    switch (statusOf(error)) {
        case 410:
            return { reason: 'expired', message: 'GitHub answered 410 Gone: the log has expired or was deleted' };
        case 404:
            return { reason: 'not-found', message: 'GitHub answered 404: the log is gone (expired or deleted) or not visible to this token' };
        case 403:
            return { reason: 'forbidden', message: `GitHub answered 403 Forbidden: ${ACTIONS_READ_HINT}` };
        default:
            return { reason: 'failed', message: (0,src/* describeError */.Uc)(error) };
    }
}

;// CONCATENATED MODULE: ./packages/collect/src/write-redacted.ts









/**
 * Streams `source` through the redactor into `path` (folders created), never holding it whole.
 * More than `maxBytes` input bytes aborts with TooBigError. On any failure the partial file is
 * removed and the error rethrown.
 */
async function writeRedacted(source, path, redactor, maxBytes = Number.POSITIVE_INFINITY) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const redact = new RedactStream(redactor);
    const digest = new DigestStream();
    try {
        await (0,external_node_stream_promises_.pipeline)(source, new ByteCap(maxBytes), redact, digest, (0,external_node_fs_.createWriteStream)(path));
    }
    catch (error) {
        await (0,promises_.rm)(path, { force: true });
        throw error;
    }
    return { size: digest.size, sha256: digest.hash.digest('hex'), redactions: redact.counts };
}
/** Writes a JSON value (already redacted) with two-space indentation, and describes it. */
async function writeJson(path, value, redactions) {
    const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, bytes);
    return { size: bytes.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), redactions };
}
/** Passes bytes through, failing with TooBigError once more than `limit` have gone by. */
class ByteCap extends external_node_stream_.Transform {
    limit;
    seen = 0;
    constructor(limit) {
        super();
        this.limit = limit;
    }
    _transform(chunk, _encoding, callback) {
        this.seen += chunk.length;
        if (this.seen > this.limit)
            callback(new TooBigError(this.limit));
        else
            callback(null, chunk);
    }
}
/** Passes bytes through, counting them and hashing them. */
class DigestStream extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.size += chunk.length;
        callback(null, chunk);
    }
}

;// CONCATENATED MODULE: ./packages/collect/src/git-history.ts



/**
 * Writes the last `commits` commits of the repository at `workspace` (message, author, date,
 * changed files) to `path`, redacted. Runs `git` directly (no shell) and streams its output.
 */
async function writeGitHistory(workspace, commits, path, redactor) {
    const git = (0,external_node_child_process_.spawn)('git', ['-C', workspace, 'log', `--max-count=${commits}`, '--date=iso-strict', '--stat', '--format=commit %H%nAuthor: %an%nDate:   %ad%n%n%w(0,4,4)%B'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Consume stdout at once: Node discards unread child output when the child exits first.
    const stdout = git.stdout.pipe(new external_node_stream_.PassThrough());
    let stderr = '';
    git.stderr.on('data', (chunk) => {
        if (stderr.length < 2000)
            stderr += chunk.toString();
    });
    const exited = new Promise((resolve) => {
        git.on('error', (error) => {
            stderr += error.message;
            stdout.end();
            resolve(-1);
        });
        git.on('close', (code) => resolve(code ?? 1));
    });
    const written = await writeRedacted(stdout, path, redactor);
    const code = await exited;
    if (code !== 0)
        throw new Error(`git log exited with ${code}: ${stderr.trim().split('\n')[0] ?? ''}`);
    return written;
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./packages/collect/node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(2053);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/collect/src/github-client.ts





const ClientClass = dist_src/* Octokit */.E.plugin(jitter, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* paginateRest */.ud);
/** Builds the client. The token goes only to `baseUrl`; log downloads follow redirects themselves. */
function createGitHubClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
        const retrying = retryCount < rateLimitRetries;
        logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`);
        return retrying;
    };
    return new ClientClass({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'prodfix-collect',
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.error(message),
        },
        request: { fetch: withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs ?? 30_000) },
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        jitterMs: options.jitterMs ?? 1000,
        retries: options.retries ?? 4,
        throttle: {
            retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}
/** Statuses (and network failures, which Octokit reports as 500) worth another try. */
function isRetryableStatus(status) {
    return status === undefined || status === 408 || status === 500 || status === 502 || status === 503 || status === 504;
}
/**
 * Before a retryable failure reaches plugin-retry: says that the request failed and will be
 * tried again (so a slow retry loop is not silent), and adds a random wait (0 to `jitterMs`) so
 * the n² backoff is spread and clients that failed together do not retry together. Registered
 * before plugin-retry, so it runs inside each attempt.
 */
function jitter(octokit, options) {
    const jitterMs = typeof options['jitterMs'] === 'number' ? options['jitterMs'] : 0;
    const retries = typeof options['retries'] === 'number' ? options['retries'] : 0;
    octokit.hook.error('request', async (error, request) => {
        if (!isRetryableStatus(error.status))
            throw error;
        const retry = (request.request?.retryCount ?? 0) + 1;
        if (retry <= retries)
            octokit.log.warn(`${request.method} ${request.url} failed (${(0,src/* describeError */.Uc)(error)}); retry ${retry} of ${retries}`);
        if (jitterMs > 0)
            await new Promise((resolve) => setTimeout(resolve, Math.random() * jitterMs));
        throw error;
    });
}
/**
 * A fetch that gives up when no response has started within `timeoutMs` (the body is then
 * left to undici's own body timeout). The timeout is reported as a network failure (a
 * TypeError with a cause, as fetch does for resets), which Octokit turns into a retryable 500.
 */
function withTimeout(inner, timeoutMs) {
    return async (input, init) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
        try {
            return await inner(input, { ...init, signal });
        }
        catch (error) {
            if (controller.signal.aborted) {
                throw new TypeError('fetch failed', { cause: new Error(`no response within ${timeoutMs} ms`) });
            }
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    };
}

;// CONCATENATED MODULE: ./packages/collect/src/download.ts




/** No byte came from the log host for too long. */
class IdleTimeoutError extends Error {
    constructor(url, ms) {
        super(`log host ${url.host} sent nothing for ${ms} ms`);
    }
}
/** An HTTP failure from the log host. */
class DownloadError extends Error {
    status;
    constructor(status, url) {
        super(`log host ${url.host} answered ${status}`);
        this.status = status;
    }
}
/**
 * Downloads one job's log to `path`, redacted, without holding it in memory. The API answers
 * with a 302 to a short-lived URL on another host; we read the Location ourselves and fetch it
 * with no Authorization header. 5xx and broken connections on that host are retried with
 * backoff and jitter; 404/410/403 and the size cap are not (the caller records them).
 */
async function downloadJobLog(client, job, settings) {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
        owner: job.owner,
        repo: job.repo,
        job_id: job.jobId,
        request: { redirect: 'manual' },
    });
    const write = (body) => writeRedacted(body, job.path, settings.redactor, settings.maxBytes);
    const location = response.headers['location'];
    if (response.status >= 300 && response.status < 400 && location) {
        return downloadFromHost(new URL(location, response.url), settings, write);
    }
    // Not the documented redirect: Octokit has already read the body, so write what it gave.
    const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
    return write(external_node_stream_.Readable.from([Buffer.from(text)]));
}
/**
 * Fetches `url` (a log host's signed URL: no token is sent) and hands its body to `write`.
 * 5xx and broken connections are retried with backoff and jitter, `write` starting over each
 * time; an HTTP error, a Content-Length over `settings.maxBytes` and TooBigError are not.
 */
async function downloadFromHost(url, settings, write) {
    const attempts = settings.attempts ?? 4;
    const base = settings.retryBaseMs ?? 1000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fetchInto(url, settings, write);
        }
        catch (error) {
            const status = statusOf(error);
            const retryable = !(error instanceof TooBigError) && (status === undefined || isRetryableStatus(status));
            if (!retryable || attempt >= attempts)
                throw error;
            const wait = attempt * attempt * base + Math.random() * base;
            settings.logger.debug(`log download from ${url.host} failed (${String(error)}); retry ${attempt} in ${Math.round(wait)} ms`);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
}
async function fetchInto(url, settings, write) {
    const idleMs = settings.idleTimeoutMs ?? 30_000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new IdleTimeoutError(url, idleMs)), idleMs);
    try {
        const response = await settings.fetch(url, { redirect: 'follow', signal: controller.signal });
        if (!response.ok || !response.body) {
            await response.body?.cancel();
            throw new DownloadError(response.status, url);
        }
        const length = Number(response.headers.get('content-length') ?? Number.NaN);
        if (length > settings.maxBytes) {
            await response.body.cancel();
            throw new TooBigError(settings.maxBytes);
        }
        const body = external_node_stream_.Readable.fromWeb(response.body);
        return await write(external_node_stream_.Readable.from(restartingTimer(body, timer)));
    }
    catch (error) {
        // An abort surfaces as the fetch's own error: report why it was aborted.
        throw controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : error;
    }
    finally {
        clearTimeout(timer);
    }
}
/** Passes the chunks on, restarting `timer` at each one. */
async function* restartingTimer(body, timer) {
    for await (const chunk of body) {
        timer.refresh();
        yield chunk;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/collect/node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(2350);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/collect/src/run-log-zip.ts











/**
 * Downloads an attempt's run-log zip to a temporary file (302 to the log host, no token sent
 * there), calls `use` with the zip's path, and deletes it. The zip is capped at
 * `settings.maxBytes` like a single log.
 */
async function withRunLogZip(client, run, settings, use) {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs', {
        owner: run.owner,
        repo: run.repo,
        run_id: run.runId,
        attempt_number: run.attempt,
        request: { redirect: 'manual' },
    });
    const location = response.headers['location'];
    if (!(response.status >= 300 && response.status < 400 && location)) {
        throw new Error(`the run-log zip endpoint answered ${response.status} without a redirect`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(run.tempDir ?? (0,external_node_os_.tmpdir)(), 'prodfix-run-logs-'));
    try {
        const zipPath = (0,external_node_path_.join)(dir, 'logs.zip');
        await downloadFromHost(new URL(location, response.url), settings, (body) => (0,external_node_stream_promises_.pipeline)(body, new ByteCap(settings.maxBytes), (0,external_node_fs_.createWriteStream)(zipPath)));
        return await use(zipPath);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Passes an entry's bytes on, then fails if their CRC-32 is not the one the zip recorded. */
async function* checkedCrc(stream, entry) {
    let crc = 0;
    for await (const chunk of stream) {
        crc = (0,external_node_zlib_.crc32)(chunk, crc);
        yield chunk;
    }
    if (crc !== entry.crc32)
        throw new Error(`zip entry ${JSON.stringify(entry.fileName)} is damaged (CRC-32 mismatch)`);
}
/**
 * Reads the zip's job logs: lists the entries, asks `pick` which names it wants, and hands each
 * picked entry to `read` (which opens the inflated stream when it is ready for it), `parallel`
 * at a time, in archive order. `read` deals with its own failures. Entry names are only
 * compared, never used as paths; yauzl checks each entry's size, and the stream fails at its end
 * when the bytes do not have the CRC-32 the zip gives for them (a damaged download).
 */
async function readZipEntries(zipPath, pick, read, parallel = 1) {
    const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, strictFileNames: false });
    try {
        const entries = [];
        for await (const entry of zip.eachEntry())
            if (!entry.fileName.endsWith('/'))
                entries.push(entry);
        const picked = pick(entries.map((entry) => entry.fileName));
        const limit = (0,p_limit/* default */.A)(Math.max(1, parallel));
        const open = async (entry) => external_node_stream_.Readable.from(checkedCrc(await zip.openReadStreamPromise(entry), entry));
        const reads = entries.filter((entry) => picked.has(entry.fileName)).map((entry) => limit(() => read(entry.fileName, () => open(entry))));
        await Promise.all(reads);
    }
    finally {
        zip.close();
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./packages/collect/src/redact/maintained-workers.ts



/**
 * The worker's side: answers span requests until the worker is terminated. A worker script is
 * this call alone (this module imports secretlint and nothing heavier, to keep workers small).
 */
function serveMaintainedRules() {
    // One request at a time: they would only take turns on this thread anyway, and several
    // secretlint passes under way at once hold several texts' worth of memory.
    let queue = Promise.resolve();
    parentPort?.on('message', (request) => {
        queue = queue.then(() => maintainedRuleSpans(request.text).then((spans) => parentPort?.postMessage({ id: request.id, spans }), (error) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })));
    });
}
/**
 * Runs the maintained rule set (the largest part of redaction's CPU time) in worker threads,
 * so it runs beside the main thread's inflating, anchored rules, hashing and writing. One worker
 * per spare core, at most `maxWorkers`. If a worker fails, every later request runs in this
 * thread instead: redaction never depends on the workers.
 */
/** A request a worker has not answered within this long stops that worker (it may be stuck on hostile text). */
const ANSWER_DEADLINE_MS = 60_000;
class MaintainedRuleWorkers {
    logger;
    deadlineMs;
    workers = [];
    pending = new Map();
    nextId = 0;
    failed = false;
    constructor(script, logger, maxWorkers = 2, deadlineMs = ANSWER_DEADLINE_MS) {
        this.logger = logger;
        this.deadlineMs = deadlineMs;
        const count = Math.max(1, Math.min(maxWorkers, (0,external_node_os_.availableParallelism)() - 1));
        for (let i = 0; i < count; i++) {
            const worker = new external_node_worker_threads_.Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
            worker.unref();
            worker.on('message', (reply) => this.settle(reply));
            worker.on('error', (error) => this.fail(error));
            worker.on('exit', (code) => this.fail(new Error(`exited with code ${code}`)));
            this.workers.push(worker);
        }
    }
    /** Spans of the maintained rules in `text`, from a worker (or this thread once one failed). */
    find = async (text) => {
        if (this.failed)
            return maintained_rules_maintainedRuleSpans(text);
        const id = this.nextId++;
        const worker = this.workers[id % this.workers.length];
        let deadline;
        try {
            return await new Promise((resolve, reject) => {
                this.pending.set(id, { resolve, reject });
                deadline = setTimeout(() => this.fail(new Error(`no answer within ${this.deadlineMs} ms`)), this.deadlineMs);
                worker.postMessage({ id, text });
            });
        }
        catch {
            return maintained_rules_maintainedRuleSpans(text);
        }
        finally {
            clearTimeout(deadline);
        }
    };
    /** Stops the workers. */
    async close() {
        this.failed = true;
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
    settle(reply) {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.spans)
            waiting?.resolve(reply.spans);
        else
            waiting?.reject(new Error(reply.error ?? 'no answer'));
    }
    /** Gives up on the workers: every pending and later request runs in this thread. */
    fail(error) {
        if (!this.failed)
            this.logger.info(`Redaction worker stopped (${error.message}); redacting in the main thread instead`);
        this.failed = true;
        for (const waiting of this.pending.values())
            waiting.reject(error);
        this.pending.clear();
        for (const worker of this.workers)
            void worker.terminate();
    }
}

;// CONCATENATED MODULE: ./packages/collect/src/runs.ts


/** Values GitHub accepts for a run list's `status` filter (conclusions and statuses). */
const RUN_STATUSES = [
    'failure', 'success', 'cancelled', 'timed_out', 'action_required', 'neutral', 'skipped', 'stale',
    'completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending',
];
/** Reads a conclusion filter: one of RUN_STATUSES or `any`. */
function parseConclusion(value) {
    const known = RUN_STATUSES;
    if (value === 'any' || known.includes(value))
        return value;
    throw new src/* ConfigurationError */.j1(`conclusion must be one of any, ${RUN_STATUSES.join(', ')}; got ${JSON.stringify(value)}`);
}
/** Job conclusions counted as failed when only failed jobs are collected. */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Parses `owner/name`. */
function parseRepository(repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
    if (!match)
        throw new src/* ConfigurationError */.j1(`repository must be OWNER/NAME, got ${JSON.stringify(repository)}`);
    return { owner: match[1], repo: match[2] };
}
/** One run by id. */
async function getRun(client, ref, runId) {
    return guard(client, `reading run ${runId}`, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...ref, run_id: runId });
        return checkedRun(client, data, `reading run ${runId}`);
    });
}
/** `data` when it looks like a workflow run; otherwise the address is not GitHub's REST API (a web page, a portal). */
function checkedRun(client, data, what) {
    const run = data;
    if (typeof run === 'object' && run !== null && typeof run.id === 'number')
        return run;
    const api = String(client.request.endpoint.DEFAULTS.baseUrl);
    throw new src/* ConfigurationError */.j1(`${api} answered ${what} with something that is not a workflow run (${typeof data === 'string' ? 'text' : typeof data}): is api-url (GITHUB_API_URL) GitHub's REST API?`);
}
/** The newest runs matching `filter`, newest first, at most `filter.limit`; stops paging once it has enough. */
async function listRuns(client, ref, filter) {
    return guard(client, 'listing workflow runs', async () => {
        const params = {
            ...ref,
            per_page: Math.min(100, filter.limit),
            ...(filter.branch ? { branch: filter.branch } : {}),
            ...(filter.event ? { event: filter.event } : {}),
            ...(filter.conclusion !== 'any' ? { status: filter.conclusion } : {}),
            ...(filter.since ? { created: `>=${filter.since}` } : {}),
        };
        const pages = filter.workflow
            ? client.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...params, workflow_id: filter.workflow })
            : client.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', params);
        const runs = [];
        for await (const page of pages) {
            runs.push(...page.data);
            if (runs.length >= filter.limit)
                break;
        }
        return runs.slice(0, filter.limit);
    });
}
/** The run object of an earlier attempt. */
async function getRunAttempt(client, ref, runId, attempt) {
    return guard(client, `reading attempt ${attempt} of run ${runId}`, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
            ...ref,
            run_id: runId,
            attempt_number: attempt,
        });
        return data;
    });
}
/** Every job of one attempt of a run (all pages). */
async function listJobs(client, ref, runId, attempt) {
    return guard(client, `listing jobs of run ${runId} attempt ${attempt}`, async () => {
        const jobs = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
            ...ref,
            run_id: runId,
            attempt_number: attempt,
            per_page: 100,
        });
        return jobs;
    });
}
/** The last successful run of `run`'s workflow on its branch created before it, if any. */
async function findBaselineRun(client, ref, run) {
    return guard(client, `looking for a baseline of run ${run.id}`, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            ...ref,
            workflow_id: run.workflow_id,
            status: 'success',
            per_page: 10,
            created: `<${run.created_at}`,
            ...(run.head_branch ? { branch: run.head_branch } : {}),
        });
        const candidates = data.workflow_runs;
        return candidates.find((candidate) => candidate.id !== run.id && candidate.conclusion === 'success' && candidate.created_at < run.created_at);
    });
}
/**
 * Runs `work`; a 403 becomes a ConfigurationError naming the permission, a 404 one naming the
 * repository or run, and a failure to reach the API at all (after the client's retries) a
 * ServiceUnavailableError naming the API's address.
 */
async function guard(client, what, work) {
    try {
        return await work();
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403)
            throw new src/* ConfigurationError */.j1(`GitHub refused ${what} (403 Forbidden): ${ACTIONS_READ_HINT}`);
        if (status === 404) {
            throw new src/* ConfigurationError */.j1(`GitHub found nothing ${what} (404): check the repository, the run id or workflow, and that the token can see them`);
        }
        if (status === 401)
            throw new src/* ConfigurationError */.j1(`GitHub rejected the token ${what} (401 Bad credentials)`);
        const api = String(client.request.endpoint.DEFAULTS.baseUrl);
        if (isNetworkFailure(error)) {
            throw new src/* ServiceUnavailableError */.us(`could not reach GitHub's API at ${api} ${what} (${(0,src/* describeError */.Uc)(error)}); check api-url (GITHUB_API_URL) and the network`);
        }
        if (status !== undefined && status >= 500) {
            throw new src/* ServiceUnavailableError */.us(`GitHub's API at ${api} kept answering ${status} ${what}, after retries; try again later, or check api-url (GITHUB_API_URL)`);
        }
        throw error;
    }
}
/** True for a request that got no HTTP answer at all (refused, unknown host, timed out, reset): Octokit reports those as status 500 without a response. */
function isNetworkFailure(error) {
    return statusOf(error) === 500 && error.response === undefined;
}

;// CONCATENATED MODULE: ./packages/collect/src/session.ts










/**
 * Checks every option that can be checked before any request or file (so a mistake leaves
 * nothing behind), then sets up the collection.
 */
async function startSession(options) {
    if (!options.token)
        throw new src/* ConfigurationError */.j1('a GitHub token is required');
    checkAppLogPatterns(options.appLogs ?? []);
    checkApiUrl(options.apiUrl);
    const ref = parseRepository(options.repository);
    // Built (and so checked: a bad pattern or secret throws) before anything is made; it reaches the
    // workers, started only once the options hold, through `workers`.
    let workers;
    const redactor = new Redactor({
        patterns: options.redactPatterns,
        secrets: [options.token, ...(options.secrets ?? [])],
        maintainedRules: options.maintainedRuleWorker ? (text) => workers.find(text) : true,
    });
    const short = (options.secrets ?? []).filter((secret) => secret.length > 0 && secret.length < 8).length;
    if (short > 0)
        options.logger.warning(`${short} of the given secrets are shorter than 8 characters: they may also hide ordinary text wherever it matches`);
    const dir = (0,external_node_path_.resolve)(options.outDir);
    const created = await (0,promises_.mkdir)(dir, { recursive: true });
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (options.maintainedRuleWorker)
        workers = new MaintainedRuleWorkers(options.maintainedRuleWorker, options.logger);
    return {
        options,
        ref,
        client: createGitHubClient({ token: options.token, baseUrl: options.apiUrl, logger: options.logger, fetch: fetchImpl, ...options.client }),
        redactor,
        dir,
        createdDir: created !== undefined,
        files: [],
        runs: [],
        downloads: [],
        schedule: (0,p_limit/* default */.A)(Math.max(1, options.concurrency ?? 4)),
        ...(workers ? { workers } : {}),
    };
}
/** The API root must be an http(s) URL without credentials in it (the token authenticates; a password there would be printed in messages). */
function checkApiUrl(apiUrl) {
    if (apiUrl === undefined)
        return;
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        throw new src/* ConfigurationError */.j1('api-url is not a URL');
    }
    if (url.username !== '' || url.password !== '')
        throw new src/* ConfigurationError */.j1('api-url must not hold a user name or password (user:password@host): the token authenticates');
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new src/* ConfigurationError */.j1(`api-url must be an http(s) URL, got a ${url.protocol} one`);
}
/** Lists `entry` as missing with the reason `error` gives, and warns about it. */
function markMissing(session, entry, error) {
    entry.status = 'missing';
    entry.problem = problemFrom(error);
    const what = entry.role === 'job-log' && entry.jobName ? `log of job "${entry.jobName}" (run ${entry.runId} attempt ${entry.attempt})` : entry.path;
    session.options.logger.warning(`Missing ${what}: ${entry.problem.message}`);
}
/** Removes the output folder if this collection made it and nothing was written into it. */
async function removeIfUnused(session) {
    if (!session.createdDir)
        return;
    const left = await (0,promises_.readdir)(session.dir).catch(() => ['?']);
    if (left.length === 0)
        await (0,promises_.rmdir)(session.dir).catch(() => undefined);
}

;// CONCATENATED MODULE: ./packages/collect/src/zip-job-match.ts
// Which job logs to read from an attempt's run-log zip, and which zip entry is whose.
/** Where job logs come from: per job, the attempt's log zip, or whichever is cheaper. */
const LOG_SOURCES = (/* unused pure expression or super */ null && (['auto', 'jobs', 'zip']));
/**
 * Whether to read an attempt's job logs from its run-log zip. The zip holds every job of the
 * attempt (each log twice: whole and split by step), deflated: text logs shrink 5 to 10 times,
 * so the zip moves no more bytes than the wanted logs do once at least a quarter of the jobs
 * are wanted, and it always replaces 2 requests per job by 2 in all.
 */
function prefersRunZip(source, wanted, total) {
    if (source !== 'auto')
        return source === 'zip' && wanted > 0;
    return wanted >= 2 && wanted * 4 >= total;
}
/**
 * Which zip entry holds which wanted job's whole log. GitHub names them `<n>_<job name>.txt`,
 * with `/` and `:` (and other characters not allowed in paths) dropped, long names cut and
 * ` (1)`, ` (2)`… added to repeated names; `<n>` is not the job's position. So a wanted job is
 * matched only when its name, with those characters dropped, is not empty and names exactly one
 * top-level entry, and nothing makes that entry doubtful: no other job of the attempt (`all`,
 * wanted or not) has the same name or a longer name that starts with it (which GitHub may have
 * cut to it), no entry carries the same name with a ` (n)` added, and a name that itself ends
 * in ` (n)` does not also exist without it. Everything else is
 * fetched one job at a time.
 */
function matchZipEntries(entryNames, wanted, all = wanted) {
    const entriesByKey = new Map();
    const repeated = new Set();
    for (const name of entryNames) {
        const job = TOP_LEVEL_LOG.exec(name)?.[1];
        if (job === undefined)
            continue;
        const key = zipNameKey(job);
        entriesByKey.set(key, [...(entriesByKey.get(key) ?? []), name]);
        const numbered = NUMBERED.exec(key);
        if (numbered?.[1] !== undefined)
            repeated.add(numbered[1]);
    }
    const allKeys = all.map((job) => zipNameKey(job.name));
    const matches = new Map();
    for (const job of wanted) {
        const key = zipNameKey(job.name);
        const entries = entriesByKey.get(key);
        if (key === '' || entries?.length !== 1 || repeated.has(key))
            continue;
        if (allKeys.filter((other) => other.startsWith(key)).length !== 1)
            continue;
        const base = NUMBERED.exec(key)?.[1];
        if (base !== undefined && allKeys.includes(base))
            continue; // could be GitHub's ` (n)` for a repeated `base`
        matches.set(job.id, entries[0]);
    }
    return matches;
}
const TOP_LEVEL_LOG = /^\d+_([^/]+)\.txt$/;
/** A name GitHub made unique by adding ` (n)`. */
const NUMBERED = /^(.*) \(\d+\)$/;
/** A job name as the zip writes it: characters not allowed in file names dropped. */
function zipNameKey(name) {
    return name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '').trim();
}

;// CONCATENATED MODULE: ./packages/collect/src/job-logs.ts









/**
 * Schedules the wanted job logs of one attempt: from its run-log zip when that is cheaper (see
 * `prefersRunZip`), else one download per job. Each manifest entry is filled in when its log is
 * written, or marked missing.
 */
function scheduleJobLogs(session, attemptJobs, logs) {
    if (prefersRunZip(session.options.logSource ?? 'auto', logs.length, attemptJobs.jobs.length)) {
        session.downloads.push(collectFromRunZip(session, attemptJobs, logs));
    }
    else {
        for (const log of logs)
            session.downloads.push(session.schedule(() => downloadInto(session, log)));
    }
}
function downloadSettings(session) {
    const { options } = session;
    return {
        redactor: session.redactor,
        maxBytes: options.maxLogBytes ?? DEFAULT_MAX_LOG_BYTES,
        logger: options.logger,
        fetch: options.fetch ?? globalThis.fetch,
        retryBaseMs: options.client?.retryBaseMs,
        idleTimeoutMs: options.client?.timeoutMs,
    };
}
async function downloadInto(session, { entry, job }) {
    try {
        const written = await downloadJobLog(session.client, { ...session.ref, jobId: job.id, path: (0,external_node_path_.join)(session.dir, entry.path) }, downloadSettings(session));
        Object.assign(entry, written, { via: 'job-logs' });
    }
    catch (error) {
        markMissing(session, entry, error);
    }
}
/**
 * Reads an attempt's job logs from its run-log zip (one download in place of one per job), then
 * fetches one by one the logs the zip could not give: no zip, an entry that cannot be matched
 * to its job for sure, or one that fails to inflate.
 */
async function collectFromRunZip(session, attemptJobs, logs) {
    const { runId, attempt } = attemptJobs;
    const leftover = await session.schedule(() => extractFromRunZip(session, attemptJobs, logs));
    if (leftover.length > 0 && leftover.length < logs.length) {
        session.options.logger.info(`${leftover.length} of ${logs.length} job logs of run ${runId} attempt ${attempt} were not in its log zip; fetching them one by one.`);
    }
    await Promise.all(leftover.map((log) => session.schedule(() => downloadInto(session, log))));
}
/** Writes the logs found in the attempt's zip; returns those still to fetch. */
async function extractFromRunZip(session, { runId, attempt, jobs }, logs) {
    const settings = downloadSettings(session);
    const done = new Set();
    const byEntry = new Map();
    const pick = (names) => {
        const matches = matchZipEntries(names, logs.map(({ job }) => job), jobs);
        for (const log of logs) {
            const name = matches.get(log.job.id);
            if (name !== undefined)
                byEntry.set(name, log);
        }
        return new Set(byEntry.keys());
    };
    const read = async (name, open) => {
        const log = byEntry.get(name);
        try {
            const written = await writeRedacted(await open(), (0,external_node_path_.join)(session.dir, log.entry.path), session.redactor, settings.maxBytes);
            Object.assign(log.entry, written, { via: 'run-log-zip' });
            done.add(log);
        }
        catch (error) {
            if (error instanceof TooBigError) {
                markMissing(session, log.entry, error);
                done.add(log);
            }
            else {
                session.options.logger.debug(`run-log zip entry for job ${log.job.id} could not be read (${(0,src/* describeError */.Uc)(error)}); fetching the job's log instead`);
            }
        }
    };
    try {
        const parallel = session.options.concurrency ?? 4;
        await withRunLogZip(session.client, { ...session.ref, runId, attempt, tempDir: session.options.tempDir }, settings, (zipPath) => readZipEntries(zipPath, pick, read, parallel));
    }
    catch (error) {
        session.options.logger.info(`The log zip of run ${runId} attempt ${attempt} could not be used (${problemFrom(error).message}); fetching its ${logs.length - done.size} job logs one by one.`);
    }
    return logs.filter((log) => !done.has(log));
}

;// CONCATENATED MODULE: ./packages/collect/src/manifest.ts
/** Version of the manifest layout; bumped on any incompatible change (schema: `schema/manifest.schema.json`). */
const MANIFEST_VERSION = 1;

;// CONCATENATED MODULE: ./packages/collect/src/redact/json.ts
/**
 * A copy of a JSON value (an API object) with every string value redacted (built-in rules,
 * then the maintained rule set over all of them at once) and nothing else changed, so the
 * result is still valid JSON of the same shape.
 */
async function redactJson(value, redactor, counts) {
    const strings = [];
    mapStrings(value, (text) => {
        strings.push(text);
        return text;
    });
    const redacted = await redactor.redactStrings(strings, counts);
    let next = 0;
    return mapStrings(value, () => redacted[next++]);
}
/** A copy of `value` with each string (in a fixed order) replaced by `replace(string)`. */
function mapStrings(value, replace) {
    if (typeof value === 'string')
        return replace(value);
    if (Array.isArray(value))
        return value.map((item) => mapStrings(item, replace));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, replace)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/collect/src/summary.ts
/** The short human summary written next to the manifest (`analysis_summary.txt`). */
function summaryText(manifest) {
    const { totals } = manifest;
    const lines = [
        `prodfix collect-logs: ${manifest.repository} at ${manifest.createdAt}`,
        `${totals.runs} run attempt(s), ${totals.jobs} job log(s), ${totals.files} file(s), ${totals.bytes} bytes, ${totals.missing} missing, ${totals.redactions} redaction(s)`,
        '',
        'Runs:',
    ];
    for (const run of manifest.runs) {
        const role = run.baseline ? ` (baseline for ${run.baselineFor})` : '';
        lines.push(`  ${run.id} attempt ${run.attempt}${role}: ${run.workflowName ?? run.workflowId} on ${run.headBranch ?? '?'} @ ${run.headSha.slice(0, 12)}, ${run.conclusion ?? 'no conclusion'} — ${run.htmlUrl}`);
        for (const file of manifest.files) {
            if (file.role !== 'job-log' || file.runId !== run.id || file.attempt !== run.attempt || file.baseline !== run.baseline)
                continue;
            const state = file.status === 'ok' ? `${file.size} bytes` : `MISSING (${file.problem?.reason}: ${file.problem?.message})`;
            lines.push(`    ${file.jobName} [${file.conclusion ?? '-'}]: ${state}`);
        }
    }
    const others = manifest.files.filter((file) => file.role === 'app-log' || file.role === 'git-log' || file.role === 'system-snapshot');
    if (others.length > 0) {
        lines.push('', 'Other files:');
        for (const file of others) {
            lines.push(`  ${file.path}: ${file.status === 'ok' ? `${file.size} bytes` : `MISSING (${file.problem?.message})`}`);
        }
    }
    const kinds = Object.entries(manifest.redactions);
    lines.push('', kinds.length === 0 ? 'Redactions: none' : `Redactions: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/collect/src/system-snapshot.ts




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * A short text snapshot of the machine: OS, load, memory, the disk holding `workspace`, and
 * the processes whose command name or arguments contain one of `processes`.
 */
async function systemSnapshot(workspace, processes) {
    const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
    const lines = [
        `taken: ${new Date().toISOString()}`,
        `os: ${external_node_os_default().type()} ${external_node_os_default().release()} ${external_node_os_default().arch()}`,
        `cpus: ${external_node_os_default().cpus().length}; load average (1/5/15 min): ${external_node_os_default().loadavg().map((n) => n.toFixed(2)).join(' ')}`,
        `memory: ${gib(external_node_os_default().totalmem() - external_node_os_default().freemem())} used of ${gib(external_node_os_default().totalmem())} (${gib(external_node_os_default().freemem())} free)`,
        `uptime: ${Math.round(external_node_os_default().uptime())} s`,
    ];
    try {
        const disk = await (0,promises_.statfs)(workspace);
        const total = disk.blocks * disk.bsize;
        const free = disk.bavail * disk.bsize;
        lines.push(`disk (${workspace}): ${gib(total - free)} used of ${gib(total)} (${((free / total) * 100).toFixed(1)}% free)`);
    }
    catch (error) {
        lines.push(`disk: unavailable (${String(error)})`);
    }
    if (processes.length > 0) {
        lines.push('', `processes matching ${processes.join(', ')}:`);
        try {
            const { stdout } = await run('ps', ['-eo', 'pid,ppid,pcpu,pmem,etime,args'], { maxBuffer: 8 * 1024 * 1024 });
            const [header, ...rows] = stdout.split('\n');
            lines.push(header ?? '', ...rows.filter((row) => processes.some((name) => row.includes(name))));
        }
        catch (error) {
            lines.push(`ps unavailable (${String(error)})`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/collect/src/collect.ts

















/** More hits of the given secrets than this suggests one of them is ordinary text. */
const COMMON_SECRET_HITS = 1000;
/** Version written into manifests. */
const COLLECTOR_VERSION = '0.1.0';
/**
 * Collects a failure's evidence into `outDir`: run and job objects, job logs (streamed and
 * redacted), optionally a baseline run, app logs, git history and a system snapshot, then
 * `manifest.json` and `analysis_summary.txt`. A log that cannot be had (expired, forbidden, too big,
 * failing) is listed as missing and the rest goes on; a run whose attempts or jobs cannot be
 * listed is a warning. Errors that make the whole collection pointless (bad token, no
 * permission to read the first run or list runs) are thrown.
 */
async function collect(options) {
    const session = await startSession(options);
    try {
        const primary = options.runId !== undefined
            ? [await getRun(session.client, session.ref, options.runId)]
            : await listRuns(session.client, session.ref, {
                workflow: options.workflow,
                branch: options.branch,
                event: options.event,
                conclusion: parseConclusion(options.conclusion ?? 'failure'),
                since: options.since,
                limit: options.limit ?? 5,
            });
        if (primary.length === 0)
            options.logger.warning('No workflow run matched the filters; nothing to collect from GitHub.');
        for (const run of primary) {
            try {
                await collectRun(session, run);
            }
            catch (error) {
                options.logger.warning(`Run ${run.id} is incomplete: ${(0,src/* describeError */.Uc)(error)}`);
            }
        }
        await Promise.all(session.downloads);
        await collectWorkspaceFiles(session);
        return await finish(session);
    }
    catch (error) {
        await removeIfUnused(session);
        throw error;
    }
    finally {
        await session.workers?.close();
    }
}
/** One listed run: its attempts (latest or all), their selected jobs, and its baseline. */
async function collectRun(session, run) {
    const { options } = session;
    const latest = run.run_attempt ?? 1;
    const attempts = options.attempts === 'all' ? range(1, latest) : [latest];
    const jobNames = new Set();
    for (const attempt of attempts) {
        try {
            const attemptRun = attempt === latest ? run : await getRunAttempt(session.client, session.ref, run.id, attempt);
            const jobs = await collectAttempt(session, attemptRun, attempt, { baseline: false }, (job) => options.jobs === 'all' || FAILED_CONCLUSIONS.has(job.conclusion ?? ''));
            if (attempt === latest)
                jobs.forEach((job) => jobNames.add(job.name));
        }
        catch (error) {
            options.logger.warning(`Attempt ${attempt} of run ${run.id} is incomplete: ${(0,src/* describeError */.Uc)(error)}`);
        }
    }
    if (options.baseline)
        await collectBaseline(session, run, jobNames);
}
/** Writes one attempt's run.json, its selected jobs' job.json, and schedules their logs. Returns the selected jobs. */
async function collectAttempt(session, run, attempt, role, select) {
    const runDir = `${role.baseline ? 'baseline' : 'runs'}/${run.id}-${attempt}`;
    if (session.runs.some((known) => known.dir === runDir))
        return [];
    session.runs.push({
        id: run.id,
        attempt,
        dir: runDir,
        workflowId: run.workflow_id,
        workflowName: run.name ?? null,
        headSha: run.head_sha,
        headBranch: run.head_branch,
        event: run.event,
        conclusion: run.conclusion,
        htmlUrl: run.html_url,
        createdAt: run.created_at,
        baseline: role.baseline,
        ...(role.baselineFor !== undefined ? { baselineFor: role.baselineFor } : {}),
    });
    const common = { runId: run.id, attempt, headSha: run.head_sha, baseline: role.baseline };
    const runFile = plannedFile(session, `${runDir}/run.json`, { role: 'run', ...common, conclusion: run.conclusion });
    const listing = listJobs(session.client, session.ref, run.id, attempt);
    listing.catch(() => undefined); // handled below, once run.json is written; not an unhandled rejection meanwhile
    // The objects are redacted and written while the requests are on the wire.
    await writeJsonFile(session, runFile, run);
    const listed = await listing;
    const jobs = listed.filter(select);
    const slugs = new SlugAllocator('job').reserve('run.json');
    const logs = [];
    const jobFiles = [];
    for (const job of jobs) {
        const jobDir = `${runDir}/${slugs.next(job.name)}`;
        const jobFields = { ...common, jobId: job.id, jobName: job.name, conclusion: job.conclusion };
        jobFiles.push([plannedFile(session, `${jobDir}/job.json`, { role: 'job', ...jobFields }), job]);
        const entry = plannedFile(session, `${jobDir}/log.txt`, { role: 'job-log', ...jobFields });
        logs.push({ entry, job });
    }
    scheduleJobLogs(session, { runId: run.id, attempt, jobs: listed }, logs);
    for (const [entry, job] of jobFiles)
        await writeJsonFile(session, entry, job);
    return jobs;
}
async function collectBaseline(session, run, jobNames) {
    let baseline;
    try {
        baseline = await findBaselineRun(session.client, session.ref, run);
    }
    catch (error) {
        session.options.logger.warning(`No baseline for run ${run.id}: ${(0,src/* describeError */.Uc)(error)}`);
        return;
    }
    if (!baseline) {
        session.options.logger.info(`No earlier successful run of workflow ${run.workflow_id} on ${run.head_branch ?? 'its branch'}; no baseline for run ${run.id}.`);
        return;
    }
    await collectAttempt(session, baseline, baseline.run_attempt ?? 1, { baseline: true, baselineFor: run.id }, (job) => jobNames.has(job.name));
}
async function collectWorkspaceFiles(session) {
    const { options, redactor } = session;
    const workspace = (0,external_node_path_.resolve)(options.workspace ?? process.cwd());
    const appLogs = await findAppLogs({ workspace, globs: options.appLogs ?? [], exclude: [session.dir], logger: options.logger });
    const maxBytes = options.maxLogBytes ?? DEFAULT_MAX_LOG_BYTES;
    for (const file of appLogs) {
        await saveStream(session, { path: file.target, role: 'app-log', status: 'ok', redactions: {}, source: file.relativePath }, async (path) => writeRedacted(await openAppLog(file), path, redactor, maxBytes));
    }
    if ((options.gitCommits ?? 0) > 0) {
        await saveStream(session, { path: 'git/log.txt', role: 'git-log', status: 'ok', redactions: {} }, (path) => writeGitHistory(workspace, options.gitCommits ?? 0, path, redactor));
    }
    if (options.systemSnapshot) {
        const processes = options.systemSnapshot.processes;
        await saveStream(session, { path: 'system/snapshot.txt', role: 'system-snapshot', status: 'ok', redactions: {} }, async (path) => writeRedacted(external_node_stream_.Readable.from([Buffer.from(await systemSnapshot(workspace, processes))]), path, redactor));
    }
}
/** Lists a file in the manifest (in the order files are planned) before it is written. */
function plannedFile(session, path, fields) {
    const entry = { path, status: 'ok', ...fields, redactions: {} };
    session.files.push(entry);
    return entry;
}
/**
 * Writes an API object, redacted, into its planned file. It first lets the event loop send
 * what is queued (redacting a big object is CPU work that would hold requests back).
 */
async function writeJsonFile(session, entry, value) {
    await new Promise((resolve) => setImmediate(resolve));
    try {
        const redacted = await redactJson(value, session.redactor, entry.redactions);
        Object.assign(entry, await writeJson((0,external_node_path_.join)(session.dir, entry.path), redacted, entry.redactions));
    }
    catch (error) {
        markMissing(session, entry, error);
    }
}
async function saveStream(session, entry, write) {
    session.files.push(entry);
    try {
        Object.assign(entry, await write((0,external_node_path_.join)(session.dir, entry.path)));
    }
    catch (error) {
        markMissing(session, entry, error);
    }
}
async function finish(session) {
    const redactions = {};
    for (const file of session.files)
        addCounts(redactions, file.redactions);
    const givenHits = redactions['secret-value'] ?? 0;
    if (givenHits > COMMON_SECRET_HITS) {
        session.options.logger.warning(`The given secrets were found ${givenHits} times: if one is short or ordinary text, it hides much more than secrets (see the [REDACTED:secret-value] marks)`);
    }
    const written = session.files.filter((file) => file.status === 'ok');
    const manifest = {
        schemaVersion: MANIFEST_VERSION,
        tool: { name: 'prodfix-collect', version: COLLECTOR_VERSION },
        createdAt: new Date().toISOString(),
        repository: `${session.ref.owner}/${session.ref.repo}`,
        apiUrl: session.options.apiUrl ?? 'https://api.github.com',
        runs: session.runs,
        files: session.files,
        redactions,
        totals: {
            runs: session.runs.length,
            jobs: written.filter((file) => file.role === 'job-log').length,
            files: written.length,
            bytes: written.reduce((sum, file) => sum + (file.size ?? 0), 0),
            missing: session.files.length - written.length,
            redactions: totalRedactions(redactions),
        },
    };
    const manifestPath = (0,external_node_path_.join)(session.dir, 'manifest.json');
    const summaryPath = (0,external_node_path_.join)(session.dir, 'analysis_summary.txt');
    await (0,promises_.writeFile)(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    await (0,promises_.writeFile)(summaryPath, summaryText(manifest));
    return { dir: session.dir, manifestPath, summaryPath, manifest };
}
function range(from, to) {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

;// CONCATENATED MODULE: ./packages/collect/src/index.ts












;// CONCATENATED MODULE: ./actions/analyze-failures/src/collect-run.ts




/** True when none of `paths` (relative to `workspace`) is an existing file or folder: then `run-id` is what to analyse. */
function pathsNameNothing(paths, workspace) {
    return paths.every((path) => !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, path)));
}
/**
 * Collects the run's failed jobs (latest attempt) into a fresh folder under `tempDir` with
 * collect-logs' own code: logs streamed and redacted, run and job JSON, `manifest.json`.
 */
async function collect_run_collectRun(run, tempDir, workspace, logger) {
    const outDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, `prodfix-run-${run.runId}-`));
    return collect({
        token: run.token,
        repository: run.repository,
        apiUrl: run.apiUrl,
        runId: run.runId,
        workspace,
        outDir,
        tempDir,
        logger,
    });
}


/***/ })

};
