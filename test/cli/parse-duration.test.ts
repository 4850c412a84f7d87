import t from 'tap';
import { DEADLINE_FLAG, parseDuration, TIMEOUT_FLAG } from '../../src/cli/parse-duration.js';
import { InputError } from '../../src/model/input-error.js';

t.test('durations with units; a bare --timeout is milliseconds, a bare --deadline seconds', (t) => {
  const cases: [unknown, number][] = [
    ['8s', 8000],
    ['8000ms', 8000],
    ['8000', 8000],
    [8000, 8000],
    ['1.5s', 1500],
    ['2m', 120_000],
    [' 8 s ', 8000],
    ['100', 100],
    ['8S', 8000],
  ];
  for (const [value, ms] of cases) t.equal(parseDuration(value, TIMEOUT_FLAG), ms, String(value));
  t.equal(parseDuration('300', DEADLINE_FLAG), 300_000);
  t.equal(parseDuration('5m', DEADLINE_FLAG), 300_000);
  t.equal(parseDuration(['1s', '9s'], TIMEOUT_FLAG), 9000, 'the last of a repeated flag');
  t.end();
});

t.test('bad durations are one-line input errors that say what is wrong', (t) => {
  const cases: [unknown, RegExp][] = [
    ['abc', /^--timeout abc: not a number/],
    ['', /not a number/],
    ['-5', /not a number/],
    ['8x', /unknown unit "x"/],
    ['60', /^--timeout 60 is 60 ms, under the 100 ms minimum: a bare number is milliseconds; did you mean 60s\?$/],
    ['99ms', /^--timeout 99ms is 99 ms, under the 100 ms minimum$/],
  ];
  for (const [value, message] of cases) {
    t.throws(() => parseDuration(value, TIMEOUT_FLAG), message, String(value));
    try {
      parseDuration(value, TIMEOUT_FLAG);
    } catch (error) {
      t.ok(error instanceof InputError);
      t.notMatch((error as Error).message, /\n/);
    }
  }
  t.end();
});
