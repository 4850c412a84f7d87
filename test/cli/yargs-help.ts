import { createParser } from '../../src/cli/parser.js';

/**
 * What yargs itself prints for `args` with the CLI's own parser (the commands' builders), unwrapped: the text the
 * quick answers (top-level and command `--help`, given without yargs) must equal.
 */
export async function yargsHelp(args: string[]): Promise<string> {
  let output = '';
  await (
    await createParser(args)
  ).parseAsync(args, {}, (_error, _argv, text) => {
    output = text;
  });
  return output;
}
