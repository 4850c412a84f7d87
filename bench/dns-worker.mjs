// The bench's DNS server on its own thread: the TLS listener on the main thread spends seconds of CPU in
// handshakes, and a DNS answer queued behind them would time out in the CLI, which curl (given --resolve) never
// waits for. Answers every name in workerData.names with 127.0.0.1.
import { parentPort, workerData } from 'node:worker_threads';
import { startDnsServer } from '../dist/demo/dns-server.js';

const dns = await startDnsServer({ zone: Object.fromEntries(workerData.names.map((name) => [name, { a: ['127.0.0.1'] }])) });
parentPort.postMessage({ server: dns.server });
parentPort.once('message', async () => {
  await dns.close();
  process.exit(0);
});
