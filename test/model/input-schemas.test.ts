import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import t from 'tap';
import { editions, EDITION_IDS } from '../../src/catalog/index.js';
import { CATALOG_SCHEMA } from '../../src/catalog/load-file.js';
import { compileInputSchema } from '../../src/model/schema-check.js';
import { fillSkeleton } from '../../src/rules/collect/plan-skeleton.js';
import { collectScript } from '../../src/rules/collect/script.js';
import { PLAN_SCHEMA } from '../../src/rules/plan/load-site-plan.js';
import { SCP_MODES, SITE_TYPES } from '../../src/rules/plan/types.js';
import { WAIVERS_SCHEMA } from '../../src/waivers/load.js';
import { labWaiversYaml } from '../fixtures/reports/waivers.js';

// The input schemas are published for editors as well as used by the loaders: they must be valid draft 2020-12
// for any validator (the x- annotations are ignored by editors), say the same as the code, and accept the examples
// the project ships.
const schemas = { plan: PLAN_SCHEMA, catalog: CATALOG_SCHEMA, waivers: WAIVERS_SCHEMA };
type Json = Record<string, unknown>;

t.test('each schema is the file in schema/ and valid draft 2020-12', async (t) => {
  for (const [name, schema] of Object.entries(schemas)) {
    const file = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')) as Json;
    t.same(schema, file, `${name}: the loader uses schema/${name}.schema.json`);
    t.equal(file.$schema, 'https://json-schema.org/draft/2020-12/schema', `${name}: draft 2020-12`);
    // A plain validator (no project keywords registered, strict about everything else) compiles it.
    const plain = new Ajv2020({ strict: 'log', allowUnionTypes: true, logger: false });
    t.doesNotThrow(() => plain.compile(schema), `${name}: compiles without the project's keywords`);
    // The loaders compile with validateSchema off (start-up time): this is where the meta-schema check happens.
    t.ok(plain.validateSchema(schema), `${name}: valid against the draft 2020-12 meta-schema`);
    t.doesNotThrow(() => compileInputSchema(schema), `${name}: compiles in strict mode with them`);
  }
});

/** The enum values at a property's schema (plain enum, or enum plus its case-insensitive pattern). */
function enumOf(schema: unknown): unknown[] {
  const s = schema as Json;
  if (Array.isArray(s.enum)) return s.enum as unknown[];
  return ((s.anyOf ?? []) as Json[]).flatMap((b) => (Array.isArray(b.enum) ? (b.enum as unknown[]) : []));
}

t.test('the plan schema says what the code says', async (t) => {
  const props = (PLAN_SCHEMA as { properties: Record<string, Json> }).properties;
  const site = props.site!.properties as Record<string, unknown>;
  const scp = props.scp!.properties as Record<string, unknown>;
  t.same(enumOf(site.type), SITE_TYPES, 'site types');
  t.same(enumOf(scp.mode), SCP_MODES, 'SCP modes');
  for (const edition of enumOf(props.edition))
    t.ok(EDITION_IDS.includes(String(edition) as never), `plan edition ${String(edition)} is a built-in edition`);
});

t.test('what the project ships validates', async (t) => {
  const plan = compileInputSchema(PLAN_SCHEMA);
  const catalog = compileInputSchema(CATALOG_SCHEMA);
  const waivers = compileInputSchema(WAIVERS_SCHEMA);
  const example = readFileSync(new URL('../rules/fixtures/plans/issue-example.yaml', import.meta.url), 'utf8');
  t.match(
    example,
    /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/\.\.\/schema\/plan\.schema\.json\n/,
    'the example names the schema',
  );
  t.ok(plan(parse(example)), "the example plan (the zip's example-plan.yaml)");
  const skeleton = fillSkeleton({ scpFqdn: 'scp01.contoso.com', domain: 'CONTOSO', adminFile: 'administrators.txt', collectedAt: 'x' });
  t.match(skeleton, /^# yaml-language-server: \$schema=plan\.schema\.json\n/, 'the skeleton names the schema collect writes beside it');
  const edited = skeleton.replace('code: "???"', 'code: P01').replace('"TODO: site server FQDN"', 'cm01.contoso.com');
  t.ok(plan(parse(edited)), 'a filled-in collect skeleton');
  t.notOk(plan(parse(skeleton)), 'an unedited skeleton does not (its site code is "???")');
  for (const id of EDITION_IDS) t.ok(catalog(JSON.parse(JSON.stringify(editions[id]))), `built-in edition ${id} as a --catalog file`);
  t.ok(waivers(parse(labWaiversYaml)), 'the waivers fixture');
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const [name, check] of [
    ['plan', plan],
    ['catalog', catalog],
    ['waivers', waivers],
  ] as const) {
    const block = new RegExp(`\`\`\`yaml\\n(# yaml-language-server: \\$schema=${name}\\.schema\\.json\\n[\\s\\S]*?)\`\`\``).exec(
      readme,
    )?.[1];
    t.ok(block, `README has a ${name} example naming its schema`);
    t.ok(block !== undefined && check(parse(block)), `the README's ${name} example validates`);
  }
});

t.test('collect writes the plan schema beside the skeleton, verbatim', async (t) => {
  const script = collectScript();
  const embedded = /\$schema = @'\n([\s\S]*?)\n'@\nWrite-Evidence 'plan\.schema\.json' \$schema/.exec(script)?.[1];
  t.ok(embedded, 'the script writes plan.schema.json from a literal here-string');
  t.same(JSON.parse(embedded ?? 'null'), PLAN_SCHEMA, 'the same schema');
});
