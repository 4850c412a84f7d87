import { isatty } from 'node:tty';
import { Worker } from 'node:worker_threads';

/** A prompt nobody answers gives up after this long, so a forgotten console cannot hold the run for ever. */
const ANSWER_LIMIT_MS = 15 * 60_000;
/** Longest password accepted, in UTF-8 bytes (longer input is refused, never cut). */
const MAX_BYTES = 4096;
/** Shared header cell 0: how the prompt ended. */
const ENDED = { pending: 0, entered: 1, aborted: 2, failed: 3 } as const;

// The keys are read by a worker thread that owns a raw-mode TTY stream on fd 0, while this thread waits in
// Atomics.wait. So the prompt stays synchronous and in-process: no second process, because in a single executable
// application process.execPath is the app itself, not a node that runs `-e`. libuv's TTY stream is the one that
// reads a Windows console properly (raw mode: no echo, Ctrl-C arrives as a key, keys decoded from UTF-16).
// Raw mode is set before the question is shown, so nothing typed after it appears is echoed.
const WORKER_CODE = `
const fs = require('node:fs');
const tty = require('node:tty');
const { workerData } = require('node:worker_threads');
const header = new Int32Array(workerData.shared, 0, 2);
const bytes = new Uint8Array(workerData.shared, 8);
let input = null;
let ended = false;
function end(how, text) {
  if (ended) return;
  ended = true;
  try { input.setRawMode(false); input.destroy(); } catch {}
  try { fs.writeSync(2, '\\r\\n'); } catch {} // CR too: Wine's console leaves the cursor on the line otherwise
  if (text !== undefined) {
    const encoded = Buffer.from(text, 'utf8');
    if (encoded.length > bytes.length) how = ${ENDED.failed};
    else { bytes.set(encoded); header[1] = encoded.length; }
  }
  Atomics.store(header, 0, how);
  Atomics.notify(header, 0);
}
try {
  input = new tty.ReadStream(0);
  input.setRawMode(true);
  fs.writeSync(2, workerData.question);
  input.setEncoding('utf8');
  const typed = [];
  input.on('data', (chunk) => {
    // A terminal sends a cursor or function key as one escape sequence: ignore the whole key.
    if (chunk.startsWith('\\u001b')) return;
    for (const ch of chunk) {
      if (ch === '\\r' || ch === '\\n') return end(${ENDED.entered}, typed.join(''));
      if (ch === '\\u0003' || ch === '\\u0004') return end(${ENDED.aborted});
      if (ch === '\\u007f' || ch === '\\b') typed.pop();
      else if (ch >= ' ') typed.push(ch);
    }
  });
  input.on('end', () => end(${ENDED.aborted}));
  input.on('error', () => end(${ENDED.failed}));
} catch {
  end(${ENDED.failed});
}
`;

/**
 * Asks for the proxy password on the terminal without echo, or returns `null` when there is no terminal, the user
 * aborts (Ctrl-C, Ctrl-D) or nobody answers within 15 minutes. Enter ends, backspace edits. It is synchronous on
 * purpose: the check's inputs are all settled before its deadline starts and before the progress line owns stderr.
 */
export function promptPassword(question: string): string | null {
  if (!isatty(0) || !isatty(2)) return null;
  const shared = new SharedArrayBuffer(8 + MAX_BYTES);
  const header = new Int32Array(shared, 0, 2);
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { shared, question } });
  worker.unref();
  Atomics.wait(header, 0, ENDED.pending, ANSWER_LIMIT_MS);
  const ended = Atomics.load(header, 0);
  // On a time-out the worker still holds raw mode; ending it (and Node at exit) restores the terminal.
  void worker.terminate();
  if (ended !== ENDED.entered) return null;
  return Buffer.from(new Uint8Array(shared, 8, header[1])).toString('utf8');
}
