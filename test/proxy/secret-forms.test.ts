import t from 'tap';
import { boundText } from '../../src/model/bounded-text.js';
import { parseAccount } from '../../src/proxy/credentials.js';
import { secretForms, secretScrubber } from '../../src/proxy/secret-forms.js';
import { Secret } from '../../src/proxy/secret.js';

const PASSWORD = 'Cn4ry-p@ss:w0rd%22! é';
const account = parseAccount('CONTOSO\\scp', new Secret(PASSWORD));
const scrub = secretScrubber(account);
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

t.test('every encoding of the password is scrubbed, wherever it sits', async (t) => {
  const echoes: [string, string][] = [
    ['plain', `you said ${PASSWORD}`],
    ['URL-encoded', `Location: http://x/?p=${encodeURIComponent(PASSWORD)}`],
    ['URL-encoded, lower-case hex', encodeURIComponent(PASSWORD).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['form-encoded', encodeURIComponent(PASSWORD).replace(/%20/g, '+')],
    ['HTML-escaped', PASSWORD.replace(/&/g, '&amp;').replace(/"/g, '&quot;')],
    ['UTF-8 read as latin1', Buffer.from(PASSWORD, 'utf8').toString('latin1')],
    ['UTF-16LE read as latin1', Buffer.from(PASSWORD, 'utf16le').toString('latin1')],
    ['hex', `reply ${Buffer.from(PASSWORD).toString('hex')}`],
    ['Basic, account as typed', `Via: 1.1 echo (Proxy-Authorization: Basic ${b64(`CONTOSO\\scp:${PASSWORD}`)})`],
    ['Basic, bare user', b64(`scp:${PASSWORD}`)],
    ['Basic, another account spelling', b64(`someone.else@contoso.com:${PASSWORD}`)],
    ['inside a longer base64 blob, offset 0', b64(`GET / HTTP/1.1\r\nX: ${PASSWORD}\r\n`)],
    ['inside a longer base64 blob, offset 1', b64(`GET / HTTP/1.1\r\nXY: ${PASSWORD}\r\n`)],
    ['inside a longer base64 blob, offset 2', b64(`GET / HTTP/1.1\r\nXYZ: ${PASSWORD}\r\n`)],
  ];
  for (const [name, text] of echoes) {
    const clean = scrub(text);
    t.notOk(clean.includes(PASSWORD), `${name}: plain form gone`);
    t.match(clean, /\[redacted\]/, `${name}: replaced`);
    t.same(
      secretForms(account).filter((form) => clean.includes(form)),
      [],
      `${name}: no form left`,
    );
  }
});

t.test('the NTLM AUTHENTICATE message we sent is scrubbed once remembered', async (t) => {
  const secret = new Secret('Ntlm-Canary-77');
  const creds = parseAccount('CONTOSO\\scp', secret);
  const message = `NTLM ${Buffer.concat([Buffer.from('NTLMSSP\0\x03\0\0\0'), Buffer.alloc(200, 7)]).toString('base64')}`;
  t.equal(secretScrubber(creds)(message), message, 'not a secret before it was sent');
  secret.remember(message);
  const echo = `HTTP/1.1 407 you sent ${message}`;
  t.equal(secretScrubber(creds)(echo), 'HTTP/1.1 407 you sent [redacted]');
  t.notOk(
    secretScrubber(creds)(
      `x${Buffer.from(`ab${Buffer.from(message.slice(5), 'base64').toString('latin1')}`, 'latin1').toString('base64')}`,
    ).includes(message.slice(30, 60)),
    'inside a longer blob too',
  );
});

t.test('a cut through a password leaves no start of it', async (t) => {
  const text = boundText(`status ${'.'.repeat(87)}${PASSWORD} more`, 100);
  t.ok(text.includes(PASSWORD.slice(0, 6)), 'the cut left the first characters of the password');
  const clean = scrub(text);
  t.notOk(clean.includes(PASSWORD.slice(0, 3)), `scrubbed: ${clean}`);
  t.match(clean, /\[redacted\]…\(\d+ bytes\)$/);
});

t.test('no credentials, or a password too short to tell from words, changes nothing', async (t) => {
  t.equal(secretScrubber(null)('anything'), 'anything');
  t.equal(secretScrubber(parseAccount('scp', new Secret('x')))('the proxy answered'), 'the proxy answered');
  t.equal(secretScrubber(parseAccount('scp', new Secret('')))('the proxy answered'), 'the proxy answered');
});
