import { parseLabAddresses } from '../../src/cli/lab-addresses.js';

/**
 * The tests' own lab: their DNS servers answer names with loopback addresses where their servers listen, so every
 * test that probes such a name passes this range explicitly (`--lab-addresses`, ProbeContext.labAddresses), as a
 * real test lab would. Without it those answers are sinkholes (DNS_SINKHOLED), which test/probes/sinkhole*.test.ts
 * prove.
 */
export const TEST_LAB = ['127.0.0.0/8', '::1/128'] as const;

/** `TEST_LAB` as the CLI flag's value. */
export const TEST_LAB_FLAG = ['--lab-addresses', TEST_LAB.join(',')] as const;

/** `TEST_LAB` parsed, for a ProbeContext or CheckInput. */
export const TEST_LAB_RANGES = parseLabAddresses(TEST_LAB);
