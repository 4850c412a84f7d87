import t from 'tap';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/evidence/decode-text.js';
import { parseLocalAdmins } from '../../src/evidence/local-admins.js';
import { InputError } from '../../src/model/input-error.js';
import { fixture, thrown } from '../rules/helpers.js';

const parseFile = (rel: string) => parseLocalAdmins(decodeText(readFileSync(fixture(rel)), fixture(rel)));
const parseText = (text: string) => parseLocalAdmins(decodeText(Buffer.from(text), 'mem.txt'));

const cases: {
  file: string;
  format: string;
  encoding: string;
  group: string | null;
  names: string[];
  classes?: (string | null)[];
  sources?: (string | null)[];
}[] = [
  {
    file: 'admins/net-en.txt',
    format: 'net-localgroup',
    encoding: 'utf-8',
    group: 'Administrators',
    names: ['Administrator', 'CONTOSO\\Domain Admins', 'CONTOSO\\CM01$'],
  },
  {
    file: 'admins/net-nl.txt',
    format: 'net-localgroup',
    encoding: 'utf-8',
    group: 'Administrators',
    names: ['Administrator', 'CONTOSO\\Domeinadministrators', 'CONTOSO\\svc-cminstall'],
  },
  {
    file: 'admins/net-de.txt',
    format: 'net-localgroup',
    encoding: 'utf-8',
    group: 'Administratoren',
    names: ['Administrator', 'CONTOSO\\Domänen-Admins', 'contoso.com\\cm01$'],
  },
  {
    file: 'admins/net-de-utf8-bom.txt',
    format: 'net-localgroup',
    encoding: 'utf-8',
    group: 'Administratoren',
    names: ['Administrator', 'CONTOSO\\Domänen-Admins', 'contoso.com\\cm01$'],
  },
  {
    file: 'admins/net-fr.txt',
    format: 'net-localgroup',
    encoding: 'utf-8',
    group: 'Administrateurs',
    names: ['Administrateur', 'SCP01\\admin-local'],
  },
  {
    file: 'admins/net-en-utf16le-bom.txt',
    format: 'net-localgroup',
    encoding: 'utf-16le',
    group: 'Administrators',
    names: ['Administrator', 'CONTOSO\\SCCM Servers', 'CONTOSO\\svc-cminstall'],
  },
  {
    file: 'admins/gl-array-numeric.json',
    format: 'get-localgroupmember',
    encoding: 'utf-8',
    group: null,
    names: ['SCP01\\Administrator', 'CONTOSO\\Domain Admins', 'CONTOSO\\CM01$'],
    classes: ['user', 'group', 'other'],
    sources: ['local', 'active-directory', 'active-directory'],
  },
  {
    file: 'admins/gl-array-numeric-utf16le-bom.json',
    format: 'get-localgroupmember',
    encoding: 'utf-16le',
    group: null,
    names: ['SCP01\\Administrator', 'CONTOSO\\Domain Admins', 'CONTOSO\\CM01$'],
    classes: ['user', 'group', 'other'],
  },
  {
    file: 'admins/gl-single-object.json',
    format: 'get-localgroupmember',
    encoding: 'utf-8',
    group: null,
    names: ['SCP01\\Administrator'],
    classes: ['user'],
    sources: ['local'],
  },
  {
    file: 'admins/gl-array-strings.json',
    format: 'get-localgroupmember',
    encoding: 'utf-8',
    group: null,
    names: ['SCP01\\Administrator', 'CONTOSO\\SCCM Servers', 'CONTOSO\\svc-cminstall'],
    classes: ['user', 'group', 'user'],
    sources: ['local', 'active-directory', 'active-directory'],
  },
  {
    file: 'admins/gl-azuread.json',
    format: 'get-localgroupmember',
    encoding: 'utf-8',
    group: null,
    names: ['SCP01\\Administrator', 'AzureAD\\Global Administrators', 'NT AUTHORITY\\INTERACTIVE', 'CONTOSO\\jdoe'],
    sources: ['local', 'azure-ad', 'unknown', 'active-directory'],
  },
  {
    file: 'admins/gl-table-utf16le-bom.txt',
    format: 'get-localgroupmember',
    encoding: 'utf-16le',
    group: null,
    names: ['SCP01\\Administrator', 'CONTOSO\\SCCM Servers', 'CONTOSO\\svc-cminstall'],
    classes: ['user', 'group', 'user'],
    sources: ['local', 'active-directory', 'active-directory'],
  },
  {
    file: 'admins/gl-de-wrapped.json',
    format: 'get-localgroupmember',
    encoding: 'utf-8',
    group: null,
    names: ['SCP01\\Administrator', 'CONTOSO\\Domänen-Admins'],
    classes: ['user', 'group'],
  },
];

t.test('samples in every language, encoding and JSON shape', async (t) => {
  for (const c of cases) {
    const text = decodeText(readFileSync(fixture(c.file)), c.file);
    t.equal(text.encoding, c.encoding, `${c.file}: encoding`);
    const r = parseFile(c.file);
    t.equal(r.format, c.format, `${c.file}: format from content`);
    t.equal(r.group, c.group, `${c.file}: group name`);
    t.same(
      r.members.map((m) => m.name),
      c.names,
      `${c.file}: members`,
    );
    if (c.classes)
      t.same(
        r.members.map((m) => m.objectClass),
        c.classes,
        `${c.file}: ObjectClass`,
      );
    if (c.sources)
      t.same(
        r.members.map((m) => m.source),
        c.sources,
        `${c.file}: PrincipalSource`,
      );
    for (const m of r.members) t.ok(m.lines.length > 0, `${c.file}: ${m.name} keeps its lines`);
  }
});

t.test('evidence lines are the exact file lines', async (t) => {
  const net = parseFile('admins/net-en.txt');
  t.same(net.members[2]!.lines, ['CONTOSO\\CM01$']);
  const json = parseFile('admins/gl-array-numeric.json');
  t.same(json.members[2]!.lines, ['"Name":  "CONTOSO\\\\CM01$",', '"PrincipalSource":  2,', '"ObjectClass":  "Other"']);
  const sid = parseFile('admins/gl-array-strings.json');
  t.equal(sid.members[1]!.sid, 'S-1-5-21-3623811015-3361044348-30300820-1120', 'SID as a string');
  t.equal(json.members[0]!.sid, 'S-1-5-21-1004336348-1177238915-682003330-500', 'SID as an object');
});

t.test('net localgroup edge cases', async (t) => {
  const sep = '-'.repeat(79);
  t.same(parseText(`Alias name     Administrators\n\nMembers\n\n${sep}\nThe command completed successfully.\n`).members, [], 'empty group');
  t.same(
    parseText(`Alias name  Administrators\n${sep}\nAdministrator\nCONTOSO\\CM01$\n`).members.map((m) => m.name),
    ['Administrator', 'CONTOSO\\CM01$'],
    'no closing line (truncated output)',
  );
  const sid = parseText(`x\n${sep}\nS-1-5-21-1-2-3-1001\nCONTOSO\\CM01$\nコマンドは正常に終了しました。\n`);
  t.same(
    sid.members.map((m) => m.name),
    ['S-1-5-21-1-2-3-1001', 'CONTOSO\\CM01$'],
    'Japanese closing sentence and an unresolved SID',
  );
  t.equal(sid.members[0]!.sid, 'S-1-5-21-1-2-3-1001');
  const cr = parseText(`Alias name  Administrators\r${sep}\rAdministrator\rThe command completed successfully.\r`);
  t.same(
    cr.members.map((m) => m.name),
    ['Administrator'],
    'bare CR line ends',
  );
});

t.test('unrecognized content is an InputError naming the file and the expected formats', async (t) => {
  const e = thrown(() => parseText('System error 1376 has occurred.\n\nThe specified local group does not exist.\n'));
  t.type(e, InputError);
  t.match(e.message, /^mem\.txt: not recognized as local Administrators evidence/);
  t.match(e.message, /System error 1376/);
  t.throws(() => parseText('Get-LocalGroupMember : Failed to compare two elements in the array.\n'), /net localgroup/);
  t.throws(() => parseText('[{"Name": "x",]'), /not valid JSON/);
  t.throws(() => parseText('[42]'), /member 1 is not an object/);
  t.throws(() => parseText(''), /empty file/);
});
