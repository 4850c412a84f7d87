// A memory sampler for the bench's CLI child (issue 10): BENCH_NODE_ARGS='--require ./bench/memory-sampler.cjs'.
// Every 100 ms it reads process.memoryUsage() and counts TLS sockets created and not yet collected (a
// FinalizationRegistry, so the count never keeps one alive); at exit it prints the timeline and the peaks to
// stderr. SNAP_AT=ms SNAP_FILE=path also writes one heap snapshot at that time (open it in Chrome DevTools).
const tls = require('node:tls');
const v8 = require('node:v8');
const t0 = Date.now();
const peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
const lines = [];
let created = 0;
let collected = 0;
const registry = new FinalizationRegistry(() => (collected += 1));
const connect = tls.connect;
tls.connect = function (...args) {
  const socket = connect.apply(this, args);
  created += 1;
  registry.register(socket, 0);
  return socket;
};
const mb = (n) => (n / 1048576).toFixed(0);
let snapped = false;
setInterval(() => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peak)) peak[k] = Math.max(peak[k], m[k]);
  lines.push(
    `${Date.now() - t0} ms rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} ` +
      `tls-not-collected ${created - collected}/${created}`,
  );
  if (process.env.SNAP_AT && !snapped && Date.now() - t0 > Number(process.env.SNAP_AT)) {
    snapped = true;
    process.stderr.write(`heap snapshot ${v8.writeHeapSnapshot(process.env.SNAP_FILE)}\n`);
  }
}, 100).unref();
process.on('exit', () => {
  const p = Object.entries(peak)
    .map(([k, v]) => `${k} ${mb(v)} MB`)
    .join(', ');
  process.stderr.write(`${lines.join('\n')}\npeak: ${p}\n`);
});
