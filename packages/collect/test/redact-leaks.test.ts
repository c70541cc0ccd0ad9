import { describe, expect, it } from 'vitest';
import { Redactor } from '../src/redact/redactor.js';

/** Secret forms a reviewer got through an earlier rule set: each must now be hidden. */
const TOKEN = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`;
const AWS = 'AKIAIOSFODNN7EXAMPLE';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl';

const cases: { name: string; text: string; secret: string }[] = [
  { name: 'a token in a URL-encoded URL', text: `https%3A%2F%2Fx%3A${TOKEN}%40github.com`, secret: TOKEN },
  { name: 'a token after %22', text: `%22${TOKEN}%22`, secret: TOKEN },
  { name: 'an AWS key after key%3D', text: `key%3D${AWS}&x=1`, secret: AWS },
  { name: 'a JWT after access_token%3D', text: `access_token%3D${JWT}`, secret: JWT },
  { name: 'a password after password%3D', text: 'password%3Dhunter2pass&next=1', secret: 'hunter2pass' },
  { name: 'a SECRET_KEY assignment', text: 'SECRET_KEY=django-insecure-abcdef123', secret: 'django-insecure-abcdef123' },
  { name: 'a secretKey in JSON', text: '{"secretKey":"s3cr3t-v4lue"}', secret: 's3cr3t-v4lue' },
  { name: 'a PRIVATE_KEY assignment', text: 'PRIVATE_KEY=abcdefghijklmnop', secret: 'abcdefghijklmnop' },
  { name: 'a --password option', text: 'mysql --password hunter2pass -h db', secret: 'hunter2pass' },
  { name: 'a quoted password with spaces', text: 'password: "correct horse battery"', secret: 'horse battery' },
  { name: 'a password with a semicolon', text: 'password=abc;defghij', secret: 'defghij' },
  { name: 'a JSON password with an escaped quote', text: '{"password":"hun\\"ter2pass"}', secret: 'ter2pass' },
  { name: 'a token with a suffix', text: `${TOKEN}_old`, secret: TOKEN },
  { name: 'a token glued to a word', text: `MY${TOKEN}`, secret: TOKEN },
  { name: 'a basic-auth URL with an empty user', text: 'https://:hunter2pass@example.com/x', secret: 'hunter2pass' },
];

describe('the redactor hides secrets in the forms logs write them', () => {
  const redactor = new Redactor({ secrets: ['s3cr3t/v@lue"x', 'multi\nline-secret'] });
  for (const c of cases) {
    it(`hides ${c.name}`, () => {
      const out = redactor.redactLatin1(c.text);
      expect(out).not.toContain(c.secret);
    });
  }

  it('hides a given secret written JSON-escaped or percent-encoded in lower case', () => {
    expect(redactor.redactLatin1('{"a":"s3cr3t/v@lue\\"x"}')).not.toContain('s3cr3t');
    expect(redactor.redactLatin1('{"b":"multi\\nline-secret"}')).not.toContain('line-secret');
    expect(redactor.redactLatin1('q=s3cr3t%2fv%40lue%22x')).not.toContain('s3cr3t');
  });

  it('leaves ordinary log lines alone', () => {
    for (const line of ['Run npm test', 'token count: 3 of 10', 'Using password authentication: false', 'export PATH=/usr/bin:$PATH']) {
      expect(redactor.redactLatin1(line)).toBe(line);
    }
  });
});
