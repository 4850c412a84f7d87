import t from 'tap';
import { CODES } from '../../src/model/codes.js';
import { STAGE_NAMES } from '../../src/model/stages.js';
import { REPORT_SCHEMA } from '../../src/report/read-report.js';
import { STYLES } from '../../src/report/html/styles.js';

// src/model/stages.ts is the one list of stages; what cannot import it (the JSON schema, the stylesheet's rules)
// is held equal to it here.
const schema = REPORT_SCHEMA as { $defs: Record<string, { properties?: Record<string, { enum?: unknown[] }> }> };

t.test("the report schema's stage enum is the stage registry, in route order", async (t) => {
  t.same(
    schema.$defs.stage?.properties?.stage?.enum,
    [...STAGE_NAMES],
    `update $defs.stage.properties.stage.enum in schema/report.schema.json to: ${JSON.stringify(STAGE_NAMES)}`,
  );
});

t.test('every failure code comes from a registered stage, the catalog or the run', async (t) => {
  const allowed = new Set<string>([...STAGE_NAMES, 'catalog', 'run']);
  const stray = Object.entries(CODES).filter(([, info]) => !allowed.has(info.stage));
  t.same(stray, []);
  // Each probe stage has codes of its own: a stage with none could not say how it fails.
  for (const stage of STAGE_NAMES)
    t.ok(
      Object.values(CODES).some((info) => info.stage === stage),
      `${stage} has a code`,
    );
});

t.test('every stage has its waterfall colour and bar rule in the stylesheet', async (t) => {
  for (const stage of STAGE_NAMES) {
    t.match(STYLES, new RegExp(`--${stage}: #[0-9a-f]{6};`), `--${stage}`);
    t.match(STYLES, `.wf .s-${stage} { background: var(--${stage}); }`, `.s-${stage}`);
  }
});
