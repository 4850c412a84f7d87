import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { InputError } from '../../src/model/input-error.js';
import { loadWaivers } from '../../src/waivers/load.js';
import { labWaivers, labWaiversYaml } from '../fixtures/reports/waivers.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

t.test('loads YAML with the line of every item', (t) => {
  const dir = t.testdir();
  const file = write(dir, 'waivers.yaml', labWaiversYaml);
  const got = loadWaivers(file);
  t.same(
    got.map((w) => w.match),
    labWaivers.map((w) => w.match),
  );
  t.same(
    got.map((w) => [w.reason, w.ticket, w.expires]),
    labWaivers.map((w) => [w.reason, w.ticket, w.expires]),
  );
  t.same(
    got.map((w) => w.source.line),
    [1, 6, 11, 15],
  );
  t.equal(got[0]?.source.file, file);
  t.end();
});

t.test('loads JSON', (t) => {
  const file = write(t.testdir(), 'w.json', JSON.stringify([{ id: 'SCP-TOP-TIER', reason: 'r', ticket: 42, expires: '2030-01-01' }]));
  t.same(loadWaivers(file)[0]?.match, { kind: 'rule', id: 'SCP-TOP-TIER' });
  t.equal(loadWaivers(file)[0]?.ticket, '42');
  t.end();
});

const bad: [string, string, RegExp][] = [
  ['not a list', 'host: a.example\n', /expected a list of waivers/],
  ['empty file', '', /expected a list of waivers/],
  ['scalar item', '- hello\n', /item 1 \(line 1\): each waiver must be a mapping/],
  [
    'unknown key',
    '- host: a\n  reason: r\n  ticket: t\n  expires: 2030-01-01\n  expiry: 2030-01-01\n',
    /item 1 \(line 1\): unknown key "expiry"/,
  ],
  ['nothing named', '- reason: r\n  ticket: t\n  expires: 2030-01-01\n', /name what is waived/],
  ['two named', '- host: a\n  id: B\n  reason: r\n  ticket: t\n  expires: 2030-01-01\n', /only one of .*host and id/],
  ['bad port', '- host: a\n  port: 70000\n  reason: r\n  ticket: t\n  expires: 2030-01-01\n', /"port" must be a TCP port/],
  ['port on rule', '- id: A\n  port: 443\n  reason: r\n  ticket: t\n  expires: 2030-01-01\n', /"port" applies to/],
  ['missing reason', '- host: a\n  ticket: t\n  expires: 2030-01-01\n', /item 1 \(line 1\): "reason" is required$/],
  ['blank ticket', '- host: a\n  reason: r\n  ticket: "  "\n  expires: 2030-01-01\n', /"ticket" must be a non-empty text/],
  ['bad date', '- host: a\n  reason: r\n  ticket: t\n  expires: 2025-02-30\n', /"expires" must be a date YYYY-MM-DD, got "2025-02-30"/],
  [
    'second item',
    '- {host: a, reason: r, ticket: t, expires: 2030-01-01}\n\n- {host: b, reason: r, ticket: t}\n',
    /item 2 \(line 3\): "expires"/,
  ],
  ['syntax', '- host: [a\n', /not valid YAML\/JSON/],
];

for (const [name, text, message] of bad) {
  t.test(`rejects: ${name}`, (t) => {
    const file = write(t.testdir(), 'w.yaml', text);
    const error = thrown(() => loadWaivers(file));
    t.ok(error instanceof InputError, 'an InputError');
    t.match((error as Error).message, message);
    t.ok((error as Error).message.startsWith(`${file}: `), 'names the file first');
    t.end();
  });
}

t.test('a missing file names the file', (t) => {
  t.throws(() => loadWaivers('/nonexistent/waivers.yaml'), { name: 'InputError', message: /^\/nonexistent\/waivers.yaml: cannot read/ });
  t.end();
});
