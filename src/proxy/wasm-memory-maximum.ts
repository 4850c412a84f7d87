/** WebAssembly pages are 64 KiB. */
export const WASM_PAGE = 64 * 1024;
const MEMORY_SECTION = 5;

/**
 * A copy of a WebAssembly binary whose own memories may grow to at most `maxPages` (WebAssembly core spec 5.5.8,
 * memory section: a limits flag, the minimum and, with flag 1, the maximum, as LEB128). QuickJS in quickjs-wasi
 * declares its memory without a maximum, so a script could grow it to 4 GiB, and its `memoryLimit` option does not
 * count small allocations in this build (measured: 200 MB of 1 KB strings passed a 64 MiB limit). With a maximum,
 * `memory.grow` fails, malloc returns NULL and QuickJS throws `out of memory`: a hard bound. Throws on a binary that
 * is not WebAssembly or declares no memory (a wrong file would otherwise run unbounded).
 */
export function withMemoryMaximum(binary: Uint8Array, maxPages: number): Uint8Array {
  const bytes = Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength);
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) throw new Error('not a WebAssembly binary');
  const out: Buffer[] = [bytes.subarray(0, 8)];
  let found = false;
  let at = 8;
  const next = (): number => {
    const byte = bytes[at];
    if (byte === undefined) throw new Error(`the WebAssembly binary ends inside a section (at byte ${at})`);
    at += 1;
    return byte;
  };
  const leb = (): number => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = next();
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const start = at;
    const id = next();
    const size = leb();
    const bodyStart = at;
    if (id === MEMORY_SECTION) {
      found = true;
      const count = leb();
      const body = [encodeLeb(count)];
      for (let i = 0; i < count; i += 1) {
        const flags = next();
        const min = leb();
        const max = flags & 1 ? Math.min(leb(), maxPages) : maxPages;
        if (min > max) throw new Error(`the WebAssembly memory needs ${min} pages, more than the ${maxPages} allowed`);
        // Bit 1 (shared) and bit 2 (memory64) are kept; bit 0 now says a maximum follows.
        body.push(Buffer.from([flags | 1]), encodeLeb(min), encodeLeb(max));
      }
      const content = Buffer.concat(body);
      out.push(Buffer.from([MEMORY_SECTION]), encodeLeb(content.length), content);
    } else {
      out.push(bytes.subarray(start, bodyStart + size));
    }
    at = bodyStart + size;
  }
  if (!found) throw new Error('the WebAssembly binary defines no memory of its own');
  return Buffer.concat(out);
}

function encodeLeb(value: number): Buffer {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return Buffer.from(out);
}
