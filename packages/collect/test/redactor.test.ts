import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@prodfix/core';
import { Redactor, RedactStream, redactJson, type RedactionCounts } from '../src/index.js';

// Planted secrets: synthetic values in each format, made up for these tests.
const GHP = `ghp_${'a1B2c3D4e5'.repeat(3)}XyZ123`; // 36 after the prefix
const PLANTED: Record<string, string> = {
  'github-token': GHP,
  'aws-access-key': 'AKIAQWERTYUIOPASDFGH',
  'gcp-api-key': `AIza${'SyD-abcdefghij_klmnopqrstuvwxyz0123'}`,
  'slack-token': 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  'stripe-key': 'sk_live_51HqLyjWDarjtT1zdp7dcXyz',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'azure-client-secret': 'abc8Q~abcdefghijklmnopqrstuvwxyz0123456',
  'npm-token': `npm_${'Ab3'.repeat(12)}`,
};

function redact(text: string, redactor = new Redactor()): { text: string; counts: RedactionCounts } {
  const counts: RedactionCounts = {};
  return { text: redactor.redactString(text, counts), counts };
}

async function redactStream(chunks: string[], redactor = new Redactor(), options = {}): Promise<{ text: string; counts: RedactionCounts }> {
  const stream = new RedactStream(redactor, options);
  const out: Buffer[] = [];
  Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(stream);
  for await (const chunk of stream) out.push(chunk as Buffer);
  return { text: Buffer.concat(out).toString('utf8'), counts: stream.counts };
}

describe('Redactor rules', () => {
  for (const [kind, secret] of Object.entries(PLANTED)) {
    it(`hides a ${kind} in a log line and counts it`, () => {
      const { text, counts } = redact(`2024-05-01T10:00:00.0000000Z using ${secret} for upload\n`);
      expect(text).toBe(`2024-05-01T10:00:00.0000000Z using [REDACTED:${kind}] for upload\n`);
      expect(counts).toEqual({ [kind]: 1 });
    });
  }

  it('knows every GitHub token prefix and fine-grained PATs', () => {
    const body = 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2';
    const tokens = ['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((prefix) => `${prefix}_${body}`);
    tokens.push(`github_pat_11ABCDEFG0123456789_${'abcdefghij'.repeat(5)}ABCDEFGHIJ0123456789ab`);
    const { text, counts } = redact(tokens.join(' '));
    expect(text).toBe(Array(6).fill('[REDACTED:github-token]').join(' '));
    expect(counts['github-token']).toBe(6);
  });

  it('redacts only the value of password=, token= and secret= assignments', () => {
    const { text, counts } = redact('connect password=hunter2! token: "abcd1234" DB_SECRET=s3cr3t-value rest');
    expect(text).toBe('connect password=[REDACTED:assignment] token: "[REDACTED:assignment]" DB_SECRET=[REDACTED:assignment] rest');
    expect(counts).toEqual({ assignment: 3 });
  });

  it('redacts the password of a basic-auth URL and keeps the rest', () => {
    const { text } = redact('fetching https://deploy:pa55w0rd@registry.example.com/v2/ ok');
    expect(text).toBe('fetching https://deploy:[REDACTED:basic-auth-url]@registry.example.com/v2/ ok');
  });

  it('hides Azure connection-string keys, SAS signatures and AWS secret keys', () => {
    const line =
      'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=bXlzZWNyZXRrZXltYXRlcmlhbDEyMzQ1Njc4OTA=;EndpointSuffix=core.windows.net ' +
      'https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123%2B%3D ' +
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const { text, counts } = redact(line);
    expect(text).not.toMatch(/bXlzZWNy|AbCdEfGh|wJalrXUt/);
    expect(counts).toEqual({ 'azure-key': 1, 'azure-sas-signature': 1, 'aws-secret-key': 1 });
    expect(text).toContain('AccountName=acct;AccountKey=[REDACTED:azure-key];EndpointSuffix');
  });

  it('hides a multi-line PEM private key block and keeps the line count', () => {
    const pem = [
      '2024-05-01T10:00:00Z -----BEGIN RSA PRIVATE KEY-----',
      '2024-05-01T10:00:00Z MIIEowIBAAKCAQEA7bq8mXh0',
      '2024-05-01T10:00:00Z Q2xqz1Vb9rN5',
      '2024-05-01T10:00:00Z -----END RSA PRIVATE KEY-----',
      'next line',
    ].join('\n');
    const { text, counts } = redact(pem);
    expect(text).toBe('2024-05-01T10:00:00Z [REDACTED:private-key]\n\n\n\nnext line');
    expect(counts).toEqual({ 'private-key': 1 });
  });

  it('hides a GCP service-account key in JSON and keeps the JSON valid', () => {
    const account = {
      type: 'service_account',
      private_key_id: '0123456789abcdef0123456789abcdef01234567',
      private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
      client_email: 'ci@proj.iam.gserviceaccount.com',
    };
    const counts: RedactionCounts = {};
    const text = new Redactor().redactString(JSON.stringify(account), counts);
    const parsed = JSON.parse(text) as typeof account;
    expect(parsed.private_key).toBe('[REDACTED:private-key]\n');
    expect(parsed.private_key_id).toBe('[REDACTED:gcp-private-key-id]');
    expect(parsed.client_email).toBe(account.client_email);
    expect(counts).toEqual({ 'private-key': 1, 'gcp-private-key-id': 1 });
  });

  it('hides exact values given as secrets, and their URL and base64 forms', () => {
    const redactor = new Redactor({ secrets: ['my pass/word'] });
    const base64 = Buffer.from('my pass/word').toString('base64').replace(/=+$/, '');
    const { text, counts } = redact(`a my pass/word b my%20pass%2Fword c ${base64} d`, redactor);
    expect(text).toBe('a [REDACTED:secret-value] b [REDACTED:secret-value] c [REDACTED:secret-value] d');
    expect(counts).toEqual({ 'secret-value': 3 });
  });

  it('applies user patterns, limited to a `secret` group when there is one', () => {
    const redactor = new Redactor({ patterns: ['internal-[0-9]{6}', 'session=(?<secret>[a-f0-9]+)'] });
    expect(redact('id internal-123456 session=deadbeef', redactor).text).toBe('id [REDACTED:custom] session=[REDACTED:custom]');
  });

  it('refuses bad user patterns and too-short secrets with a ConfigurationError', () => {
    expect(() => new Redactor({ patterns: ['(unclosed'] })).toThrow(ConfigurationError);
    expect(() => new Redactor({ patterns: ['a*'] })).toThrow(/matches empty text/);
    expect(() => new Redactor({ secrets: ['abc'] })).toThrow(ConfigurationError);
  });

  it('leaves ordinary CI log lines alone', () => {
    const lines = [
      '2024-05-01T10:00:00.0000000Z ##[group]GITHUB_TOKEN Permissions',
      '2024-05-01T10:00:00.0000000Z Secret source: Actions',
      '2024-05-01T10:00:00.0000000Z   token: ***',
      '2024-05-01T10:00:01.0000000Z Prepare workflow directory',
      'npm ERR! code ERESOLVE while resolving: eslint-plugin-import@2.29.1',
      'FAIL src/auth/token.test.ts > refreshes the access token after 401',
      'Error: connect ECONNREFUSED 127.0.0.1:5432 at TCPConnectWrapper.afterConnect',
      'git@github.com:octo/app.git  https://github.com/octo/app/actions/runs/123/job/456',
      'max_tokens=4096 password_min_length 12 --token-file ./tok 8f14e45fceea167a5a36dedd4bea2543',
      '  at Object.<anonymous> (/home/runner/work/app/app/src/secret-store.ts:42:13)',
      'cat: /etc/passwd: cannot open',
      'secret: ${{ secrets.DEPLOY_KEY }}  password: $DB_PASSWORD  token=true',
      'sha256:4f8b42c22dd3729b519ba6f68d2da7cc5b2d606d05daed5ad5128cc03e6c6358 build-id 1a2b3c4d-aaaa-bbbb',
    ].join('\n');
    const { text, counts } = redact(lines);
    expect(counts).toEqual({});
    expect(text).toBe(lines);
  });

  it('redacts strings inside JSON objects and nothing else', async () => {
    const counts: RedactionCounts = {};
    const value = { id: 7, name: `deploy ${GHP}`, steps: [{ ok: true, note: 'password=letmein1' }], none: null };
    expect(await redactJson(value, new Redactor(), counts)).toEqual({
      id: 7,
      name: 'deploy [REDACTED:github-token]',
      steps: [{ ok: true, note: 'password=[REDACTED:assignment]' }],
      none: null,
    });
    expect(counts).toEqual({ 'github-token': 1, assignment: 1 });
  });
});

describe('RedactStream', () => {
  it('catches a token split across every possible chunk boundary', async () => {
    const line = `before ${GHP} after\n`;
    for (let split = 1; split < line.length; split++) {
      const { text, counts } = await redactStream([line.slice(0, split), line.slice(split)], new Redactor(), { windowChars: 200, batchChars: 1 });
      expect(text).toBe('before [REDACTED:github-token] after\n');
      expect(counts).toEqual({ 'github-token': 1 });
    }
  });

  it('catches secrets fed one byte at a time among many lines', async () => {
    const filler = 'ordinary log line with nothing to hide\n'.repeat(50);
    const input = `${filler}token=${PLANTED['stripe-key']}\n${filler}${PLANTED['aws-access-key']}\n${filler}`;
    const { text, counts } = await redactStream([...input], new Redactor(), { windowChars: 128, batchChars: 64 });
    expect(text).toBe(`${filler}token=[REDACTED:stripe-key]\n${filler}[REDACTED:aws-access-key]\n${filler}`);
    expect(counts).toEqual({ 'stripe-key': 1, 'aws-access-key': 1 });
  });

  it('holds a PEM block open across chunks until its END line', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `2024-05-01T10:00:00Z MIIEowIBAAKCAQEA${String(i).padStart(40, 'x')}`).join('\n');
    const input = `start\n-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\nend\n`;
    const chunks = input.match(/[\s\S]{1,37}/g) ?? [];
    const { text, counts } = await redactStream(chunks, new Redactor(), { windowChars: 100, batchChars: 50 });
    expect(text).toBe(`start\n[REDACTED:private-key]${'\n'.repeat(42)}end\n`);
    expect(counts).toEqual({ 'private-key': 1 });
  });

  it('redacts an unterminated PEM block to the end when it outgrows the hold limit', async () => {
    const input = `-----BEGIN PRIVATE KEY-----\n${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\n'.repeat(100)}`;
    const chunks = input.match(/[\s\S]{1,64}/g) ?? [];
    const { text } = await redactStream(chunks, new Redactor(), { windowChars: 100, batchChars: 100, maxHoldChars: 1000 });
    expect(text).not.toContain('QUJD');
  });

  it('passes bytes it does not redact through unchanged, including invalid UTF-8', async () => {
    const stream = new RedactStream(new Redactor());
    const input = Buffer.concat([Buffer.from('caf\u00e9 \u2713 '), Buffer.from([0xff, 0xfe, 0xa0]), Buffer.from(` ${GHP}\n`)]);
    const out: Buffer[] = [];
    Readable.from([input]).pipe(stream);
    for await (const chunk of stream) out.push(chunk as Buffer);
    expect(Buffer.concat(out)).toEqual(
      Buffer.concat([Buffer.from('caf\u00e9 \u2713 '), Buffer.from([0xff, 0xfe, 0xa0]), Buffer.from(' [REDACTED:github-token]\n')]),
    );
  });
});
