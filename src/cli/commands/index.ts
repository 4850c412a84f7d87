import { checkCommand } from './check.js';
import { collectCommand } from './collect.js';
import { demoCommand } from './demo.js';
import { diffCommand } from './diff.js';
import { endpointsCommand } from './endpoints.js';
import { mergeCommand } from './merge.js';
import { renderCommand } from './render.js';

/** Every subcommand; adding one is a file plus a line here. */
export const commands = {
  check: checkCommand,
  demo: demoCommand,
  endpoints: endpointsCommand,
  render: renderCommand,
  diff: diffCommand,
  collect: collectCommand,
  merge: mergeCommand,
};
