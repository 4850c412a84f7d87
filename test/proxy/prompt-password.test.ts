import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { offlineEnv } from '../helpers/offline-env.js';
import { haveProgram } from '../helpers/real-programs.js';

const PROMPT = fileURLToPath(new URL('../../dist/proxy/prompt-password.js', import.meta.url));
const QUESTION = 'Proxy password for CONTOSO\\svc: ';

/** A child that asks once and prints what it got, hex-encoded, so the pty output shows exactly what was read. */
function childScript(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scp-preflight-prompt-')), 'ask.mjs');
  writeFileSync(
    file,
    `import { promptPassword } from ${JSON.stringify(PROMPT)};
const got = promptPassword(${JSON.stringify(QUESTION)});
process.stdout.write('RESULT=' + (got === null ? 'null' : Buffer.from(got, 'utf8').toString('hex')) + '\\n');
`,
  );
  return file;
}

/**
 * Runs the child on a real pseudo-terminal (util-linux `script`), waits for the question, types `keys` and returns
 * everything the terminal showed. Bounded: a prompt that never returns fails the test instead of hanging it.
 */
function typeInto(keys: string[]): Promise<{ screen: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      'script',
      ['-q', '-e', '-c', `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(childScript())}`, '/dev/null'],
      {
        env: offlineEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let screen = '';
    let typed = false;
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString('utf8');
      if (!typed && screen.includes(QUESTION)) {
        typed = true; // raw mode is on before the question is shown
        void (async () => {
          for (const key of keys) {
            child.stdin.write(key);
            await new Promise((r) => setTimeout(r, 50));
          }
        })();
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ screen, code });
    });
  });
}

const hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

t.test('on a terminal: no echo, backspace edits, cursor keys are ignored, Enter ends, non-ASCII survives', async (t) => {
  if (!haveProgram(t, '/usr/bin/script', 'bsdutils')) return;
  const { screen, code } = await typeInto(['Pä', 'ss', '\u007f', '\u001b[A', 'wörd§', '\r']);
  t.equal(code, 0);
  t.match(screen, `RESULT=${hex('Päswörd§')}`);
  for (const fragment of ['Pä', 'wörd', '§']) t.notOk(screen.includes(fragment), `"${fragment}" is not echoed`);
});

t.test('Ctrl-C aborts the prompt (no password), and the process still exits', async (t) => {
  if (!haveProgram(t, '/usr/bin/script', 'bsdutils')) return;
  const { screen, code } = await typeInto(['sec', '\u0003']);
  t.equal(code, 0);
  t.match(screen, 'RESULT=null');
  t.notOk(screen.includes('sec'), 'nothing typed is shown');
});

t.test('without a terminal there is no prompt', async (t) => {
  const child = spawn(process.execPath, [childScript()], { env: offlineEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stdin.end('typed\n');
  await new Promise((r) => child.on('close', r));
  t.equal(out, 'RESULT=null\n');
});
