import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Redactor, RedactStream, redactJson, type RedactionCounts } from '../src/index.js';

// Made-up secrets in formats only the maintained rule set (secretlint's recommended preset)
// knows; the built-in rules have no anchor for them.
const SENDGRID = `SG.${'a1B2c3D4e5F6g7H8i9J0kL'}.${'m'.repeat(20)}${'N0pQrStUvWxYz1234567890AbCd'.slice(0, 23)}`;
const ANTHROPIC = `sk-ant-api03-${'x7Y'.repeat(31)}AA`;
const SHOPIFY = `shpat_${'0123456789abcdef'.repeat(2)}`;

async function redactText(text: string, redactor = new Redactor()): Promise<{ text: string; counts: RedactionCounts }> {
  const stream = new RedactStream(redactor);
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  await new Promise<void>((resolve, reject) => {
    Readable.from([Buffer.from(text)]).pipe(stream).on('end', resolve).on('error', reject);
  });
  return { text: Buffer.concat(out).toString(), counts: stream.counts };
}

describe('the maintained rule set (secretlint recommended)', () => {
  it('redacts in logs the provider keys it knows and the built-in rules do not, counted by rule', async () => {
    const log = [`curl -H "Authorization: Bearer ${ANTHROPIC}"`, `SENDGRID=${SENDGRID} ./mail`, `shop ${SHOPIFY} ok`, 'plain line'].join('\n');
    const { text, counts } = await redactText(log);
    for (const secret of [ANTHROPIC, SENDGRID, SHOPIFY]) expect(text).not.toContain(secret);
    expect(text).toContain('[REDACTED:secretlint-shopify]');
    expect(text.split('\n')).toHaveLength(4);
    expect(text.split('\n')[3]).toBe('plain line');
    expect(counts['secretlint-shopify']).toBe(1);
  });

  it('finds keys right after non-ASCII text: emoji and box drawing in logs, CJK in commit messages', async () => {
    for (const before of ['▪', '┪', '✪', '🔵', 'µ', 'é', '中']) {
      const { text } = await redactText(`log ${before}${SHOPIFY} end\n`);
      expect(text, `after ${before} in a log`).toBe(`log ${before}[REDACTED:secretlint-shopify] end\n`);
      const redacted = (await redactJson({ message: `修复${before}${ANTHROPIC}中` }, new Redactor(), {})) as { message: string };
      expect(redacted.message, `after ${before} in an API object`).toBe(`修复${before}[REDACTED:secretlint-anthropic]中`);
    }
  });

  it('hides the whole password of a connection string, @ and # included, and keeps its host', async () => {
    const { text } = await redactText('psql postgres://app:Tr0ub@dor#99@db.internal:5432/prod\nmongodb+srv://svc:p@ssw0rd-Xy7!kq@cluster0.example.net/db\n');
    expect(text).toBe('psql postgres://app:[REDACTED:basic-auth-url]@db.internal:5432/prod\nmongodb+srv://svc:[REDACTED:basic-auth-url]@cluster0.example.net/db\n');
  });

  it('is not switched off by a secretlint-disable comment in the log', async () => {
    const { text } = await redactText(`# secretlint-disable\nshop ${SHOPIFY}\n`);
    expect(text).not.toContain(SHOPIFY);
  });

  it('leaves text alone when turned off, and the built-in rules still apply', async () => {
    const { text } = await redactText(`shop ${SHOPIFY} password=letmein1\n`, new Redactor({ maintainedRules: false }));
    expect(text).toBe(`shop ${SHOPIFY} password=[REDACTED:assignment]\n`);
  });

  it('redacts API objects string by string with one pass over all their strings', async () => {
    const counts: RedactionCounts = {};
    const value = { id: 1, display_title: `rotate ${SHOPIFY}`, head_commit: { message: `fix\n\nkey ${ANTHROPIC}` }, name: 'CI' };
    const redacted = (await redactJson(value, new Redactor(), counts)) as typeof value;
    expect(redacted.id).toBe(1);
    expect(redacted.name).toBe('CI');
    expect(redacted.display_title).toBe('rotate [REDACTED:secretlint-shopify]');
    expect(redacted.head_commit.message).toMatch(/^fix\n\nkey \[REDACTED:secretlint-anthropic\]$/);
    expect(counts).toMatchObject({ 'secretlint-shopify': 1, 'secretlint-anthropic': 1 });
  });
});
