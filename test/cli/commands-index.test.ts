import t from 'tap';
import { commands } from '../../src/cli/commands/index.js';

// Top-level --help lists the commands from the index without loading them (issue 10); yargs takes each module's
// usage and description (from its declaration). They must say the same.
t.test('the lazy index says what each command module says', async (t) => {
  for (const [name, entry] of Object.entries(commands)) {
    const module = await entry.load();
    t.equal(entry.command, module.command, `${name}: usage`);
    t.equal(entry.describe, module.describe, `${name}: description`);
    t.equal(String(module.command).split(' ')[0], name, `${name}: the key is the command's name`);
  }
});
