import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';

/**
 * The layer rule (README "Where things are"): a file imports its own folder and lower layers only; folders of the
 * same layer do not import each other. Lowest first.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['catalog', 'evidence'],
  ['probes'],
  ['proxy'],
  ['revocation'],
  ['rules', 'waivers'],
  ['report'],
  ['check', 'fleet', 'demo'],
  ['cli'],
];

/**
 * The run record (model/report.ts) embeds the evidence records of the layers that produce them; it may name those
 * with type-only imports (erased at build, no code runs upward). Nothing else may reach upward.
 */
const RECORD_TYPES: ReadonlySet<string> = new Set([
  'src/catalog/plan.ts',
  'src/probes/types.ts',
  'src/probes/client-profiles/profile-matrix.ts',
  'src/revocation/types.ts',
]);

/** One relative import of a file: what it names and whether it is type-only. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every relative import in a source text: `import … from`, `export … from`, `import(…)` and `import('…').T`. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const resolve = (spec: string): string =>
    path.posix
      .normalize(path.posix.join(path.posix.dirname(file), spec))
      .replace(/\.js$/, '.ts')
      .replace(/\.cjs$/, '.cts');
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const names = m[3] ?? '';
    const typeOnly =
      m[2] !== undefined ||
      (/^\{[^}]*\}$/.test(names.trim()) && names.split(',').every((n) => /^\s*\{?\s*type\s/.test(n) || n.trim() === '}'));
    edges.push({ from: file, to: resolve(m[4]!), typeOnly });
  }
  for (const m of text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)(\.\w+)?/g)) {
    edges.push({ from: file, to: resolve(m[1]!), typeOnly: m[2] !== undefined && !/^\.then$/.test(m[2]) });
  }
  return edges;
}

const layerOf = (file: string): number => LAYERS.findIndex((l) => l.includes(file.split('/')[1] ?? ''));

/** The rule an import breaks, in words, or `null` when it keeps the rule. */
export function breaks(edge: ImportEdge): string | null {
  const a = edge.from.split('/')[1];
  const b = edge.to.split('/')[1];
  if (a === b) return null;
  const from = layerOf(edge.from);
  const to = layerOf(edge.to);
  if (from < 0) return `${a}/ is in no layer: add it to LAYERS`;
  if (to < 0) return `${b}/ is in no layer: add it to LAYERS`;
  if (to < from) return null;
  if (edge.from === 'src/model/report.ts' && edge.typeOnly && RECORD_TYPES.has(edge.to)) return null;
  return to === from
    ? `${a}/ and ${b}/ are the same layer and must not import each other`
    : `${a}/ (layer ${from}) may import only lower layers, not ${b}/ (layer ${to})`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    return e.isDirectory() ? sourceFiles(p) : /\.c?ts$/.test(e.name) ? [p] : [];
  });
}

t.test('every import in src/ keeps the layer rule', async (t) => {
  const files = sourceFiles('src');
  t.ok(files.length > 100, 'reads the source tree');
  const broken = files
    .flatMap((f) => importsOf(f, readFileSync(f, 'utf8')))
    .map((e) => ({ e, why: breaks(e) }))
    .filter((x) => x.why !== null)
    .map((x) => `${x.e.from} -> ${x.e.to}: ${x.why}`);
  t.same(broken, [], 'no import breaks the layer rule');
  const folders = new Set(files.map((f) => f.split('/')[1]).filter((f) => f !== undefined && !f.includes('.')));
  t.same(
    [...folders].filter((f) => !LAYERS.flat().includes(f!)),
    [],
    'every src folder has a layer',
  );
});

t.test('the check can fail: synthetic violating imports are named', async (t) => {
  const upward = importsOf('src/probes/dns.ts', "import { renderConsole } from '../report/console.js';\n");
  t.same(upward, [{ from: 'src/probes/dns.ts', to: 'src/report/console.ts', typeOnly: false }]);
  t.match(breaks(upward[0]!), /probes\/ \(layer 2\) may import only lower layers, not report\/ \(layer 6\)/);
  const dynamic = importsOf('src/model/codes.ts', "type X = import('../probes/types.js').Route;\nawait import('../cli/main.js');\n");
  t.equal(dynamic.length, 2, 'import(…) and import(…).Type are read');
  t.ok(
    dynamic.every((e) => breaks(e) !== null),
    'both break the rule',
  );
  const sideways = importsOf('src/rules/x.ts', "import type { Waiver } from '../waivers/load.js';\n");
  t.match(breaks(sideways[0]!), /same layer/);
  const record = importsOf('src/model/report.ts', "import { SCHEMA } from '../probes/types.js';\n");
  t.not(breaks(record[0]!), null, 'the record may name evidence types, not import their values');
  t.equal(breaks(importsOf('src/cli/main.ts', "import { x } from '../model/codes.js';")[0]!), null, 'downward is fine');
});
