import { readdirSync, readFileSync } from 'node:fs';
import t from 'tap';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    return e.isDirectory() ? sourceFiles(p) : /\.c?ts$/.test(e.name) ? [p] : [];
  });
}

// removeAllListeners strips listeners that are not ours too: Node's TLS socket keeps its own 'close' listener to
// free the native session, and taking it off leaked every finished socket (issue 10). Code takes off its own
// listener by reference (`off(event, listener)`), as probes/tls.ts does.
t.test('no file in src/ calls removeAllListeners', async (t) => {
  const files = sourceFiles('src');
  t.ok(files.length > 100, 'reads the source tree');
  const calls = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (/\.removeAllListeners\s*\(/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
  t.same(calls, [], 'take off your own listener with off(event, listener) instead');
});
