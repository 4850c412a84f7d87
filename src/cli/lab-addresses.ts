import { InputError } from '../model/input-error.js';
import { parseRange, type AddressRange } from '../probes/address-range.js';

/**
 * `--lab-addresses CIDR[,CIDR…]` (repeatable), for test labs only: the ranges whose DNS answers are probed as real
 * endpoints although they are loopback, link-local or private. A bad range is bad input (exit 2), named in one line.
 */
export function parseLabAddresses(values: readonly string[]): readonly AddressRange[] {
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return items.map((item) => {
    const range = parseRange(item);
    if (typeof range === 'string') throw new InputError(`--lab-addresses: ${range}`);
    return range;
  });
}
