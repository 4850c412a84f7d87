/**
 * The probe stages, in route order: the one list the stage type, the report schema's stage enum
 * (schema/report.schema.json; test/model/stages.test.ts holds them equal), the failure codes' stages and the HTML
 * waterfall follow. `proxy` sits where `connect` would for a proxied route: the proxy opens the tunnel.
 * Adding a stage is a name here, its probe (src/probes/), its codes (codes.ts), the schema enum and its colour
 * (report/html/styles.ts, typed by StageName so it cannot be forgotten).
 */
export const STAGE_NAMES = ['dns', 'proxy', 'connect', 'tls', 'http'] as const;

/** A probe stage's name. */
export type StageName = (typeof STAGE_NAMES)[number];
