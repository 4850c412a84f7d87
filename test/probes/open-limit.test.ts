import { readFileSync } from 'node:fs';
import t from 'tap';
import { DESCRIPTOR_RESERVE, OPEN_CEILING, openFilesLimit, openLimit } from '../../src/probes/open-limit.js';

// The open limit follows the descriptors this process may open: beyond them a connect fails with EMFILE, which
// would read as a network failure of whichever endpoint came last (issue 10).
const limits = (soft: string, hard: string): string =>
  'Limit                     Soft Limit           Hard Limit           Units     \n' +
  'Max cpu time              unlimited            unlimited            seconds   \n' +
  `Max open files            ${soft.padEnd(20)} ${hard.padEnd(20)} files     \n` +
  'Max locked memory         8388608              8388608              bytes     \n';

t.test('the soft "Max open files" of /proc/self/limits', async (t) => {
  t.equal(openFilesLimit(limits('1024', '524288')), 1024, 'the soft limit, not the hard one');
  t.equal(openFilesLimit(limits('unlimited', 'unlimited')), null);
  t.equal(openFilesLimit('Max cpu time unlimited unlimited seconds\n'), null, 'no such line');
});

t.test('open limit: the ceiling, or the descriptors less a reserve, never below a floor', async (t) => {
  t.equal(openLimit(limits('1048576', '1048576')), OPEN_CEILING, 'plenty of descriptors: the ceiling');
  t.equal(openLimit(limits('1024', '1024')), 1024 - DESCRIPTOR_RESERVE, 'a soft limit of 1,024 keeps room for DNS and files');
  t.equal(openLimit(limits('100', '100')), 32, 'a tiny limit still leaves a few probes in flight');
  t.equal(openLimit(limits('unlimited', 'unlimited')), OPEN_CEILING);
  t.equal(openLimit(null), OPEN_CEILING, 'no /proc (Windows, macOS): the ceiling');
});

t.test("this process's own limit is read on Linux", { skip: process.platform !== 'linux' && 'Linux only' }, async (t) => {
  const own = openFilesLimit(readFileSync('/proc/self/limits', 'utf8'));
  const expected = own === null ? OPEN_CEILING : Math.max(32, Math.min(OPEN_CEILING, own - DESCRIPTOR_RESERVE));
  t.equal(openLimit(), expected);
});
