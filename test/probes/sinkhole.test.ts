import t from 'tap';
import { parseLabAddresses } from '../../src/cli/lab-addresses.js';
import { internalNote, judgeAddress, judgeAnswer, sinkholeMessage, type AnswerPolicy } from '../../src/probes/sinkhole.js';

const policy = (role: AnswerPolicy['role'], ...lab: string[]): AnswerPolicy => ({ lab: parseLabAddresses(lab), role });
const none = policy('endpoint');
const loopbackLab = policy('endpoint', '127.0.0.0/8');
const everything = policy('endpoint', '0.0.0.0/0', '::/0');
const proxy = policy('proxy');

// address, then the verdict without a lab, with --lab-addresses 127.0.0.0/8, with a lab covering everything, and
// for a proxy's own name.
const TABLE: readonly (readonly [string, string, string, string, string])[] = [
  ['0.0.0.0', 'sinkhole', 'sinkhole', 'sinkhole', 'sinkhole'],
  ['0.1.2.3', 'sinkhole', 'sinkhole', 'sinkhole', 'sinkhole'],
  ['::', 'sinkhole', 'sinkhole', 'sinkhole', 'sinkhole'],
  ['::ffff:0.0.0.0', 'sinkhole', 'sinkhole', 'sinkhole', 'sinkhole'],
  ['127.0.0.1', 'sinkhole', 'endpoint', 'endpoint', 'endpoint'],
  ['127.255.255.254', 'sinkhole', 'endpoint', 'endpoint', 'endpoint'],
  ['::ffff:127.0.0.1', 'sinkhole', 'endpoint', 'endpoint', 'endpoint'],
  ['::127.0.0.1', 'sinkhole', 'endpoint', 'endpoint', 'endpoint'],
  ['::1', 'sinkhole', 'sinkhole', 'endpoint', 'endpoint'],
  ['169.254.169.254', 'sinkhole', 'sinkhole', 'endpoint', 'sinkhole'],
  ['fe80::1', 'sinkhole', 'sinkhole', 'endpoint', 'sinkhole'],
  ['224.0.0.251', 'sinkhole', 'sinkhole', 'endpoint', 'sinkhole'],
  ['ff02::1', 'sinkhole', 'sinkhole', 'endpoint', 'sinkhole'],
  ['255.255.255.255', 'sinkhole', 'sinkhole', 'endpoint', 'sinkhole'],
  ['10.1.2.3', 'internal', 'internal', 'endpoint', 'endpoint'],
  ['172.16.0.1', 'internal', 'internal', 'endpoint', 'endpoint'],
  ['192.168.1.1', 'internal', 'internal', 'endpoint', 'endpoint'],
  ['100.64.0.1', 'internal', 'internal', 'endpoint', 'endpoint'],
  ['fd00::1', 'internal', 'internal', 'endpoint', 'endpoint'],
  ['::ffff:10.1.2.3', 'internal', 'internal', 'endpoint', 'endpoint'],
  ['20.190.128.1', 'endpoint', 'endpoint', 'endpoint', 'endpoint'],
  ['2603:1030::1', 'endpoint', 'endpoint', 'endpoint', 'endpoint'],
];

t.test('each address under each policy: lab ranges exempt all but the unspecified addresses', async (t) => {
  for (const [address, ...expected] of TABLE) {
    t.same(
      [none, loopbackLab, everything, proxy].map((p) => judgeAddress(address, p)),
      expected,
      address,
    );
  }
});

t.test('an answer with a sinkhole among real addresses names the sinkhole and fails', async (t) => {
  const answer = ['20.190.128.1', '::1', '10.1.2.3'];
  const judged = judgeAnswer(answer, none);
  t.same(
    judged.sinkholes.map((x) => x.address),
    ['::1'],
  );
  t.same(
    judged.internal.map((x) => x.address),
    ['10.1.2.3'],
  );
  const message = sinkholeMessage('login.microsoftonline.com', answer, judged, 'DNS server 10.0.0.53:53', 'endpoint');
  t.equal(
    message,
    'login.microsoftonline.com resolves to ::1 (loopback, this host itself) as well as 20.190.128.1, 10.1.2.3 ' +
      'according to DNS server 10.0.0.53:53: a DNS filter answers in place of the endpoint for part of the answer (a sinkhole), ' +
      'and the SCP may pick that address. Nothing was connected to it',
  );
  const all = judgeAnswer(['0.0.0.0', '::'], none);
  t.match(
    sinkholeMessage('x.test', ['0.0.0.0', '::'], all, 'DNS server s', 'proxy'),
    new RegExp(
      String.raw`^x\.test resolves to 0\.0\.0\.0 \(the unspecified address.*\), :: \(the unspecified address.*\)` +
        String.raw` according to DNS server s: a DNS filter answers in place of the proxy \(a sinkhole\)\. Nothing was` +
        String.raw` connected to them$`,
    ),
  );
});

t.test('the internal note names the addresses and the two likely reasons', async (t) => {
  t.equal(internalNote(judgeAnswer(['20.190.128.1'], none)), null);
  t.equal(internalNote(judgeAnswer(['127.0.0.1'], loopbackLab)), null, 'a lab address needs no note');
  t.equal(internalNote(judgeAnswer(['10.1.2.3'], proxy)), null, 'a proxy inside the network is normal');
  const note = internalNote(judgeAnswer(['10.1.2.3', 'fd00::1', '20.190.128.1'], none));
  t.match(
    note,
    new RegExp(
      String.raw`^Note: 10\.1\.2\.3 \(private, RFC 1918\), fd00::1 \(unique local IPv6, RFC 4193\) are internal` +
        String.raw` addresses, not on the internet: split-horizon DNS or a private endpoint`,
    ),
  );
  t.match(note, /confirm it is the intended endpoint\.$/);
});
