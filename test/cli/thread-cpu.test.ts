import { Worker } from 'node:worker_threads';
import t from 'tap';
import { threadCpuSeconds, threadStatCpuSeconds } from '../../src/cli/thread-cpu.js';

// A line as Linux writes it (proc(5)), for a thread whose name holds a space and a parenthesis: utime 652, stime 81.
const STAT = '4615 (node (x) y) R 4614 4599 4599 0 -1 4194304 31190 0 0 0 652 81 0 0 20 0 11 0 2071 1179840512 26316';

t.test('a stat line: utime + stime in seconds, the fields counted from the last parenthesis', async (t) => {
  t.equal(threadStatCpuSeconds(STAT), 7.33);
  t.equal(threadStatCpuSeconds(STAT.replace('(node (x) y)', '(node)')), 7.33, 'a plain name');
  t.equal(threadStatCpuSeconds('4615 node R 4614'), null, 'no command name in parentheses');
  t.equal(threadStatCpuSeconds('4615 (node) R 4614 4599'), null, 'cut short');
  t.equal(threadStatCpuSeconds(STAT.replace(' 652 ', ' x ')), null, 'not a number');
});

// The worker spins until its own thread has used 0.6 s of CPU, however loaded the machine is, measured by the same
// function in its build (npm test builds first, as the CLI tests need).
const BUILT = new URL('../../dist/cli/thread-cpu.js', import.meta.url).href;
const SPIN_OWN_CPU = `
  import(require('node:worker_threads').workerData).then(({ threadCpuSeconds }) => {
    const from = threadCpuSeconds(); const until = Date.now() + 30000;
    while (threadCpuSeconds() - from < 0.6 && Date.now() < until);
  });
`;

t.test(
  'this thread: its own CPU, which a busy second thread does not add to',
  { skip: process.platform !== 'linux' && 'Linux only' },
  async (t) => {
    const before = threadCpuSeconds();
    const processBefore = process.cpuUsage();
    if (before === null) return t.fail('no /proc/thread-self/stat on Linux');
    // While the worker spins, this thread waits for it, idle in its event loop: the process's figure grows by about
    // 0.6 s, this thread's by little more than starting the worker.
    const worker = new Worker(SPIN_OWN_CPU, { eval: true, workerData: BUILT });
    await new Promise((resolve) => worker.once('exit', resolve));
    const own = (threadCpuSeconds() ?? NaN) - before;
    const processSeconds = seconds(process.cpuUsage(processBefore));
    t.ok(processSeconds >= 0.55, `the process used ${processSeconds} s`);
    t.ok(own >= 0 && own < processSeconds - 0.3, `this thread used ${own} s of them`);
    // Now this thread spins, until the process has used 0.3 s more (a clock of its own): nearly all of it is ours.
    const start = threadCpuSeconds() ?? NaN;
    const spinning = process.cpuUsage();
    const until = Date.now() + 30_000;
    while (seconds(process.cpuUsage(spinning)) < 0.3 && Date.now() < until);
    t.ok((threadCpuSeconds() ?? NaN) - start >= 0.2, 'its own busy loop counts');
  },
);

function seconds(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1e6;
}
