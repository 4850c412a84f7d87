/**
 * After the output is written, how long the process may still run: normally it has ended long before (nothing is
 * left open), so this only ends a process that something (a peer holding a connection, a bug) keeps alive.
 */
export const GRACE_MS = 1500;
/** While stdout/stderr still drain into a slow pipe, how long without progress before giving up on the reader. */
const STALL_MS = 5000;
const POLL_MS = 50;

let armed = false;
let exitCode = 0;

/**
 * Called once the report and the console output are written: arms a last-resort exit with `code` on an unref'd
 * timer, so it fires only if something still holds the process open after GRACE_MS. It exits only once stdout and
 * stderr are flushed (writes to a pipe are asynchronous: exiting earlier would cut the JSON report short), or when
 * the reader has stopped reading for STALL_MS. Safe to call again (main calls it after every command): the latest
 * code wins.
 */
export function finishProcess(code: number): void {
  exitCode = code;
  if (armed) return;
  armed = true;
  setTimeout(exitWhenFlushed, GRACE_MS).unref();
}

function exitWhenFlushed(): void {
  let left = unflushed();
  let progressAt = Date.now();
  const check = (): void => {
    const now = unflushed();
    if (now === 0 || Date.now() - progressAt > STALL_MS) process.exit(exitCode);
    if (now < left) {
      left = now;
      progressAt = Date.now();
    }
    setTimeout(check, POLL_MS).unref();
  };
  check();
}

function unflushed(): number {
  return process.stdout.writableLength + process.stderr.writableLength;
}
