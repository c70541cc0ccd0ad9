import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, Redactor, RedactStream, type RedactionCounts } from '../src/index.js';
import { AnchorScanner } from '../src/redact/anchors.js';

// Synthetic values made up for these tests.
const GHP = `ghp_${'a1B2c3D4e5'.repeat(3)}XyZ123`;
const AWS = 'AKIAQWERTYUIOPASDFGH';
const CLIENT_SECRET = 'abc8Q~abcdefghijklmnopqrstuvwxyz0123456';

/** Runner log lines with no anchor of any rule in them. */
const QUIET_LINE = '2024-05-01T10:01:02.0000000Z PASS src/components/button.test.tsx (12 ms)\n';

async function redactChunks(chunks: Buffer[], redactor = new Redactor(), options = {}): Promise<{ bytes: Buffer; counts: RedactionCounts }> {
  const stream = new RedactStream(redactor, options);
  const out: Buffer[] = [];
  Readable.from(chunks).pipe(stream);
  for await (const chunk of stream) out.push(chunk as Buffer);
  return { bytes: Buffer.concat(out), counts: stream.counts };
}

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((state >>> 0) % 1_000_003) / 1_000_003;
  };
}

/** Text made of pieces that match, almost match or sit next to what the rules look for, in mixed case. */
function fuzzText(seed: number): string {
  const next = random(seed);
  const pieces = [
    GHP, AWS, CLIENT_SECRET, 'ASIA', 'xoxb-1234567890-abc', 'xapp-1-A1B2-123-abc9', 'AIza', 'sk_live_0123456789abc',
    'eyJhbGciOiJ9.eyJzdWIiOjF9.sig', 'https://user:pa55@host/', 'ftp://a:b@', '://', '@', 'password', 'PassWord = "x1y2z3"',
    'client_secret: abcdef', 'api-key=', 'Token:', '/etc/passwd:', 'AccountKey=', 'SharedAccessSignature = abcdefghijklmnopqrstuvwxyz',
    '?sig=', '&sig=AbCdEfGhIjKlMnOpQrStUv', 'Authorization: Bearer abcdefgh1234', 'aws_secret_access_key="', 'AWSSECRETACCESSKEY:',
    '"private_key_id": "', '0123456789abcdef0123456789abcdef01234567"', '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----',
    'hooks.slack.com/services/', 'T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX', 'github_pat_', 'npm_', 'A3T', '9Q~', ' ', '\n', '\t', '=', ':',
    '"', "'", '/', '_', '-', '.', 'abcdefghijklmnopqrstuvwxyz0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', '\u00e9', '\u2713',
  ];
  let text = '';
  while (text.length < 4000) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

describe('AnchorScanner', () => {
  const scanner = new AnchorScanner(BUILT_IN_RULES.map((rule) => ({ anchors: rule.anchors, anchorAt: rule.anchorAt ?? 0 })));

  it('gives a candidate at the start of every match of every built-in rule', () => {
    let matches = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const bytes = Buffer.from(fuzzText(seed), 'utf8');
      const text = bytes.toString('latin1');
      const candidates = scanner.scan(bytes);
      BUILT_IN_RULES.forEach((rule, index) => {
        for (const match of text.matchAll(new RegExp(rule.source, `g${rule.flags ?? ''}`))) {
          matches++;
          expect(candidates?.[index], `${rule.kind} at ${match.index} (seed ${seed})`).toContain(match.index);
        }
      });
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('finds nothing in runner lines without anchors, and finds anchors in any case', () => {
    expect(scanner.scan(Buffer.from(QUIET_LINE.repeat(100)))).toBeNull();
    const assignment = BUILT_IN_RULES.findIndex((rule) => rule.kind === 'assignment');
    expect(scanner.scan(Buffer.from('x PASSWORD y Token'))?.[assignment]).toEqual([2, 13]);
  });
});

describe('RedactStream prefilter', () => {
  it('catches a secret that ends exactly at a chunk boundary or starts exactly at one', async () => {
    const filler = QUIET_LINE.repeat(2000); // larger than one default batch
    const endsAtBoundary = [Buffer.from(`${filler}using ${GHP}`), Buffer.from(` done\n${filler}`)];
    const startsAtBoundary = [Buffer.from(`${filler}using `), Buffer.from(`${AWS} done\n${filler}`)];
    for (const chunks of [endsAtBoundary, startsAtBoundary]) {
      const { bytes, counts } = await redactChunks(chunks);
      const expected = Buffer.concat(chunks).toString('latin1').replace(GHP, '[REDACTED:github-token]').replace(AWS, '[REDACTED:aws-access-key]');
      expect(bytes.toString('latin1')).toBe(expected);
      expect(Object.values(counts)).toEqual([1]);
    }
  });

  it('catches secrets whose anchor is split across chunks', async () => {
    const cases: [string, string, string][] = [
      ['build password=hunter2! ok\n', 'pass', 'build password=[REDACTED:assignment] ok\n'],
      [`push ${GHP}\n`, 'gh', 'push [REDACTED:github-token]\n'],
      ['fetch https://u:pa55w0rd@host/x\n', ':/', 'fetch https://u:[REDACTED:basic-auth-url]@host/x\n'],
      [`id ${CLIENT_SECRET}\n`, 'abc8Q', 'id [REDACTED:azure-client-secret]\n'],
    ];
    for (const [line, splitAfter, expected] of cases) {
      const at = line.indexOf(splitAfter) + splitAfter.length - 1;
      const filler = QUIET_LINE.repeat(1200);
      const input = `${filler}${line}${filler}`;
      const split = filler.length + at;
      const { bytes } = await redactChunks([Buffer.from(input.slice(0, split)), Buffer.from(input.slice(split))]);
      expect(bytes.toString('latin1')).toBe(`${filler}${expected}${filler}`);
    }
  });

  it('passes chunks with no anchor through byte-identical, invalid UTF-8 included', async () => {
    const invalid = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xe2, 0x82, 0x0a]);
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.concat([Buffer.from(QUIET_LINE.repeat(30 + i)), invalid, Buffer.from('caf\u00e9 \u2713\n')]));
    const { bytes, counts } = await redactChunks(chunks);
    expect(bytes.equals(Buffer.concat(chunks))).toBe(true);
    expect(counts).toEqual({});
  });

  it('redacts next to invalid UTF-8 and keeps those bytes', async () => {
    const invalid = Buffer.from([0xff, 0xc3, 0x28]);
    const input = Buffer.concat([Buffer.from(QUIET_LINE.repeat(1500)), invalid, Buffer.from(`token=${'x9'.repeat(10)} `), invalid, Buffer.from('\n')]);
    const { bytes, counts } = await redactChunks([input.subarray(0, 70_000), input.subarray(70_000)]);
    expect(bytes.equals(Buffer.concat([Buffer.from(QUIET_LINE.repeat(1500)), invalid, Buffer.from('token=[REDACTED:assignment] '), invalid, Buffer.from('\n')]))).toBe(true);
    expect(counts).toEqual({ assignment: 1 });
  });

  it('holds a PEM block open across default-sized batches of quiet lines', async () => {
    const body = `${'MIIEowIBAAKCAQEA7bq8mXh0Q2xqz1Vb9rN5\n'.repeat(3000)}`;
    const input = Buffer.from(`${QUIET_LINE}-----BEGIN PRIVATE KEY-----\n${body}-----END PRIVATE KEY-----\n${QUIET_LINE}`);
    const chunks = Array.from({ length: Math.ceil(input.length / 16_384) }, (_, i) => input.subarray(i * 16_384, (i + 1) * 16_384));
    const { bytes, counts } = await redactChunks(chunks);
    expect(bytes.toString('latin1')).toBe(`${QUIET_LINE}[REDACTED:private-key]${'\n'.repeat(3002)}${QUIET_LINE}`);
    expect(counts).toEqual({ 'private-key': 1 });
  });

  it('finds exact secret values and user patterns in chunks with no built-in anchor', async () => {
    const redactor = new Redactor({ secrets: ['Zq9/vault'], patterns: ['internal-[0-9]{6}'] });
    const filler = QUIET_LINE.repeat(1200);
    const input = `${filler}a Zq9/vault b internal-123456 c Zq9%2Fvault\n${filler}`;
    const split = filler.length + 4;
    const { bytes, counts } = await redactChunks([Buffer.from(input.slice(0, split)), Buffer.from(input.slice(split))], redactor);
    expect(bytes.toString('latin1')).toBe(`${filler}a [REDACTED:secret-value] b [REDACTED:custom] c [REDACTED:secret-value]\n${filler}`);
    expect(counts).toEqual({ 'secret-value': 2, custom: 1 });
  });
});
