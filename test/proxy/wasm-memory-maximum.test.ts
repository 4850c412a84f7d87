import t from 'tap';
import { withMemoryMaximum } from '../../src/proxy/wasm-memory-maximum.js';

// The smallest module with a memory of its own: 1 page, no maximum, exported as "memory".
const MODULE = Buffer.from([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00, // magic, version
  0x05,
  0x03,
  0x01,
  0x00,
  0x01, // memory section: one memory, flags 0 (no maximum), min 1
  0x07,
  0x0a,
  0x01,
  0x06,
  ...Buffer.from('memory'),
  0x02,
  0x00, // export section: "memory" = memory 0
]);
type Wasm = { Module: new (b: Uint8Array) => object; Instance: new (m: object) => { exports: { memory: { grow(n: number): number } } } };
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

t.test('a memory without a maximum gets one, and cannot grow past it', async (t) => {
  const unbounded = new wasm.Instance(new wasm.Module(MODULE)).exports.memory;
  t.equal(unbounded.grow(10), 1, 'before: grows freely');
  const memory = new wasm.Instance(new wasm.Module(withMemoryMaximum(MODULE, 2))).exports.memory;
  t.equal(memory.grow(1), 1, 'up to the maximum');
  t.throws(() => memory.grow(1), RangeError, 'not one page more');
});

t.test('a lower maximum than declared wins; a minimum above it, or no memory, is refused', async (t) => {
  const declared = Buffer.from(MODULE);
  declared.set([0x05, 0x04, 0x01, 0x01, 0x01, 0x08], 8); // flags 1, min 1, max 8
  const fixed = Buffer.concat([declared.subarray(0, 14), MODULE.subarray(13)]);
  const memory = new wasm.Instance(new wasm.Module(withMemoryMaximum(fixed, 3))).exports.memory;
  t.equal(memory.grow(2), 1);
  t.throws(() => memory.grow(1), RangeError);
  t.throws(() => withMemoryMaximum(MODULE, 0), /needs 1 pages/);
  t.throws(() => withMemoryMaximum(MODULE.subarray(0, 8), 2), /defines no memory/);
  t.throws(() => withMemoryMaximum(Buffer.from('not wasm'), 2), /not a WebAssembly binary/);
});
