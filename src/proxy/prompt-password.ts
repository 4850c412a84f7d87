import { spawnSync } from 'node:child_process';

// Runs in a child Node process that owns the terminal: no echo (raw mode), Enter ends, Ctrl-C/Ctrl-D abort,
// backspace edits. The password goes to the parent through a pipe only.
const CHILD = `
const out = [];
process.stderr.write(process.argv[1]);
process.stdin.setRawMode(true);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text) => {
  for (const ch of text) {
    if (ch === '\\r' || ch === '\\n') { process.stdin.setRawMode(false); process.stderr.write('\\n'); process.stdout.write(out.join('')); process.exit(0); }
    else if (ch === '\\u0003' || ch === '\\u0004') { process.stdin.setRawMode(false); process.stderr.write('\\n'); process.exit(130); }
    else if (ch === '\\u007f' || ch === '\\b') out.pop();
    else out.push(ch);
  }
});
`;

/**
 * Asks for the proxy password on the terminal without echo, or returns `null` when there is no terminal or the
 * user aborts. It is synchronous on purpose: the check's inputs are all settled before its deadline starts and
 * before the progress line owns stderr, so a child process reads the keys while this process waits.
 */
export function promptPassword(question: string): string | null {
  if (process.stdin.isTTY !== true || process.stderr.isTTY !== true) return null;
  const child = spawnSync(process.execPath, ['-e', CHILD, question], {
    stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024,
  });
  return child.status === 0 ? child.stdout : null;
}
