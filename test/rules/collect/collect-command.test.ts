import t from 'tap';
import yargs from 'yargs';
import { collectCommand } from '../../../src/cli/commands/collect.js';
import { InputError } from '../../../src/model/input-error.js';
import { collectScript } from '../../../src/rules/collect/script.js';

/** Runs `scp-preflight collect …` in-process and returns what it wrote to stdout, or the error it threw. */
async function run(args: string[]): Promise<{ out: string; error: unknown }> {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  };
  try {
    await yargs(args)
      .command(collectCommand)
      .strict()
      // yargs types `err` as Error, but calls fail() without one for its own validation messages.
      .fail((msg: string, err: Error | undefined) => {
        throw err ?? new Error(msg);
      })
      .parseAsync();
    return { out, error: null };
  } catch (error) {
    return { out, error };
  } finally {
    process.stdout.write = write;
  }
}

t.test('collect --script prints the script', async (t) => {
  const r = await run(['collect', '--script']);
  t.equal(r.error, null);
  t.equal(r.out, collectScript());
});

t.test('collect needs exactly one of --script / --out', async (t) => {
  for (const args of [['collect'], ['collect', '--script', '--out', 'x']]) {
    const r = await run(args);
    t.type(r.error, InputError, args.join(' '));
    t.match((r.error as Error).message, /either --script .* or --out DIR/);
  }
});

t.test(
  'collect --out off Windows says where to run it',
  { skip: process.platform === 'win32' ? 'runs PowerShell on Windows' : false },
  async (t) => {
    const r = await run(['collect', '--out', 'evidence']);
    t.type(r.error, InputError);
    t.match((r.error as Error).message, /needs Windows .* collect --script > collect\.ps1/);
  },
);
