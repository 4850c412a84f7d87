import { STAGE_NAMES, type StageName } from '../../model/stages.js';

/**
 * The report's only stylesheet, inlined into the page. System fonts only (no downloads); status is carried by text
 * and symbol as well as colour; print rules target A4 with repeated table headers and no clipped columns.
 */
/**
 * Wide tables as one card per row, its cells on a grid that fits as many columns of at least 13em as the width holds
 * (`.wide` cells, such as the action, take a whole line). At 700 px or on A4 the seven columns of the change request
 * cannot hold a code (PROXY_UPSTREAM_FAILED) or a host label side by side without one running over the next;
 * each cell names its column (data-label).
 */
function cards(table: string): string {
  const cell = `${table} > tbody > tr > *`;
  return `  ${table}, ${table} > tbody { display: block; width: auto; }
  ${table} > thead, ${table} > colgroup { display: none; }
  ${table} > caption { display: block; }
  ${table} > tbody > tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(13em, 1fr)); border: 1px solid var(--line);
    border-radius: 4px; margin: 0 0 8px; padding: 4px 0; break-inside: avoid; }
  ${cell} { display: block; width: auto; min-width: 0; border: 0; padding: 3px 10px; }
  ${cell}.wide { grid-column: 1 / -1; }
  ${cell}[data-label]::before { content: attr(data-label); display: block; font-size: 12px; font-weight: 700;
    color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }`;
}

/** The waterfall's colour of each stage (the bars and the key above the results table). */
const STAGE_COLOURS = {
  dns: '#0e7490',
  proxy: '#7c3aed',
  connect: '#2563eb',
  tls: '#c2410c',
  http: '#15803d',
} as const satisfies Record<StageName, string>;

/** What print sets in 9 pt: the small text and labels, so they keep their size next to the 9 pt tables. */
const PRINT_9PT = [
  '.code',
  '.badge',
  '.small',
  '.probed',
  '.dest',
  '.wf-legend',
  '.key',
  '.meaning',
  '.fp',
  'caption',
  'thead th',
  'ul.notes',
  '.waiver',
  '.placement',
].join(', ');

export const STYLES = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b3d91;
  --pass: #1a7f37; --pass-bg: #dafbe1; --warn: #8a5a00; --warn-bg: #fff1c2; --fail: #b3141f; --fail-bg: #ffe3e3;
  --skip: #4a535c; --skip-bg: #eaeef2; --waived: #6639ba; --waived-bg: #efe7ff;
  ${STAGE_NAMES.map((name) => `--${name}: ${STAGE_COLOURS[name]};`).join(' ')}
  --mono: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 22px; margin: 0; letter-spacing: .01em; }
h2 { font-size: 18px; margin: 36px 0 6px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 15px; margin: 22px 0 6px; }
p { margin: 6px 0; }
a { color: var(--accent); }
/* Never under 12 px on screen (9 pt in print): monospace at .92em of a 13 px table would be 11.96 px. */
code, .mono { font-family: var(--mono); font-size: max(.92em, 12px); }
.muted { color: var(--muted); }
.small { font-size: 12px; }
.lead { color: var(--muted); margin: 0 0 12px; max-width: 80ch; }
.wrap { overflow-wrap: anywhere; word-break: break-word; }
/* Host names and URLs (escape.ts breakable): line breaks only at the <wbr> after dots and slashes, never inside a label. */
.host { overflow-wrap: normal; word-break: keep-all; }
.nb { white-space: nowrap; }

/* Title bar and verdict */
.titlebar { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; flex-wrap: wrap;
  border-bottom: 1px solid var(--line); padding-bottom: 10px; }
.titlebar .sub { color: var(--muted); font-size: 13px; }
.simulation { margin: 12px 0 0; padding: 8px 12px; border: 2px dashed var(--warn); background: var(--warn-bg); font-weight: 600; }
.verdict { display: flex; gap: 20px; align-items: center; margin: 16px 0 12px; padding: 16px 20px; border-radius: 6px;
  border: 2px solid; border-left-width: 12px; }
.verdict .word { font-size: 28px; font-weight: 800; letter-spacing: .04em; white-space: nowrap; }
.verdict .why { font-size: 14px; }
.verdict-ready { border-color: var(--pass); background: var(--pass-bg); color: #0f5323; }
.verdict-warn { border-color: var(--warn); background: var(--warn-bg); color: #5c3c00; }
.verdict-fail { border-color: var(--fail); background: var(--fail-bg); color: #82071e; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; margin: 0 0 14px; }
.tile { border: 1px solid var(--line); border-top: 4px solid; border-radius: 4px; padding: 8px 12px; }
.tile .n { font-size: 24px; font-weight: 700; line-height: 1.1; }
.tile .l { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.tile-pass { border-top-color: var(--pass); } .tile-warn { border-top-color: var(--warn); }
.tile-fail { border-top-color: var(--fail); } .tile-skip { border-top-color: var(--skip); }
.tile-waived { border-top-color: var(--waived); }
.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 4px 14px; margin: 0; font-size: 13px; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
nav.toc { margin: 16px 0 0; font-size: 13px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 0; list-style: none; }

/* Tables */
table { width: 100%; border-collapse: collapse; margin: 8px 0 4px; font-size: 13px; table-layout: auto; }
caption { text-align: left; color: var(--muted); font-size: 12px; padding: 0 0 6px; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; word-break: break-word; }
thead th { background: var(--soft); border-bottom: 2px solid #afb8c1; font-size: 12px; text-transform: uppercase;
  letter-spacing: .04em; color: #3d444d; white-space: nowrap; }
table.fixed { table-layout: fixed; }
table.fixed thead th { white-space: normal; }
tbody th { font-weight: 600; }
tbody th .small, tbody th .muted, tbody th .probed { font-weight: 400; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.row-fail > :first-child { box-shadow: inset 4px 0 0 var(--fail); }
tr.row-warn > :first-child { box-shadow: inset 4px 0 0 var(--warn); }
tr.row-waived > :first-child { box-shadow: inset 4px 0 0 var(--waived); }
tr.row-skip > :first-child { box-shadow: inset 4px 0 0 var(--skip); }
.dest { font-family: var(--mono); font-size: 12.5px; font-weight: 600; }
.probed { font-family: var(--mono); font-size: 12px; color: var(--muted); }
.nowrap { white-space: nowrap; }

/* Status badges: symbol + word + colour + border style, so they survive greyscale printing */
.badge { display: inline-block; min-width: 4.6em; padding: 1px 6px; border: 1.5px solid; border-radius: 3px;
  font-size: 12px; font-weight: 700; letter-spacing: .05em; text-align: center; white-space: nowrap; }
.badge-pass { color: var(--pass); background: var(--pass-bg); }
.badge-warn { color: var(--warn); background: var(--warn-bg); border-style: dashed; }
.badge-fail { color: var(--fail); background: var(--fail-bg); border-width: 2px; }
.badge-skip { color: var(--skip); background: var(--skip-bg); border-style: dotted; }
.badge-waived { color: var(--waived); background: var(--waived-bg); border-style: double; border-width: 3px; }
/* A code is one word a reader searches for: it never wraps (columns holding codes are sized for the longest). */
.code { display: inline-block; font-family: var(--mono); font-size: 12px; font-weight: 700; padding: 0 4px;
  border: 1px solid var(--line); border-radius: 3px; background: var(--soft); white-space: nowrap; overflow-wrap: normal; }
.finding p { margin: 3px 0; }
.fix { border-left: 3px solid var(--accent); padding-left: 8px; }
.fix::before { content: "Fix: "; font-weight: 700; }
.meaning { color: var(--muted); font-size: 12px; }
.waiver { border: 1px dashed var(--waived); background: #faf7ff; padding: 4px 8px; margin-top: 4px; font-size: 12px; }
.waiver.expired { border-color: var(--fail); background: #fff6f6; }
details > summary { cursor: pointer; font-weight: 600; color: var(--accent); margin: 8px 0; }
ul.notes { margin: 4px 0 0; padding-left: 18px; color: var(--muted); font-size: 12px; }

/* Waterfall: one bar per result on a scale shared by the whole report */
.wf { position: relative; height: 12px; width: 100%; min-width: 120px; background: var(--soft); border: 1px solid var(--line);
  border-radius: 2px; overflow: hidden; }
.wf span { position: absolute; top: 0; bottom: 0; min-width: 2px; border-right: 1px solid #fff; }
.wf .s-dns { background: var(--dns); } .wf .s-proxy { background: var(--proxy); } .wf .s-connect { background: var(--connect); }
.wf .s-tls { background: var(--tls); } .wf .s-http { background: var(--http); }
.wf span.bad { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.55) 0 3px, transparent 3px 6px); }
.wf-legend { font-size: 12px; color: var(--muted); font-family: var(--mono); margin-top: 3px; white-space: normal; }
.wf-legend b { font-weight: 700; color: var(--ink); }
.key { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin: 4px 0 8px; }
.key i { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.key .bad { background: var(--fail); background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.55) 0 3px, transparent 3px 6px); }

/* Rule findings */
.rule { border: 1px solid var(--line); border-left: 6px solid var(--skip); border-radius: 4px; padding: 10px 14px; margin: 12px 0; }
.rule.st-pass { border-left-color: var(--pass); } .rule.st-warn { border-left-color: var(--warn); }
.rule.st-fail { border-left-color: var(--fail); } .rule.st-waived { border-left-color: var(--waived); }
.rule h3 { margin: 0 0 4px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.rule .rid { font-family: var(--mono); font-size: 13px; color: var(--muted); }
pre { font-family: var(--mono); font-size: 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 3px;
  padding: 6px 8px; margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.evfile { font-size: 12px; color: var(--muted); margin-top: 6px; }
ol.steps { margin: 4px 0; padding-left: 22px; }

/* Appendix */
.chain { margin: 4px 0 14px; }
.chain td:first-child { width: 2.2em; }
.fp { font-family: var(--mono); font-size: 12px; overflow-wrap: anywhere; }
.arrow { color: var(--muted); padding: 0 3px; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }

@media screen and (max-width: 820px) {
  main { padding: 16px; } .tiles { grid-template-columns: repeat(3, 1fr); } .facts { grid-template-columns: max-content 1fr; }
  thead th { white-space: normal; }
}
/* Up to 1040 px the seven columns of the change request (two of them holding codes) do not fit side by side. Wider,
   the tables lay out automatically: a column is never narrower than its longest code or host label. */
@media screen and (max-width: 1040px) {
${cards('table.stack')}
}

/* Print: A4, nothing under 9 pt (12 px) so a printed change request stays legible; folded details stay folded. */
@page { size: A4; margin: 13mm 11mm 15mm;
  @bottom-left { content: "scp-preflight readiness report"; font: 9pt system-ui, sans-serif; color: #59636e; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #59636e; } }
.print-only { display: none; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  .print-only { display: block; }
  h2 { font-size: 14pt; margin-top: 18px; }
  section.page { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  table { font-size: 9pt; }
  ${PRINT_9PT} { font-size: 9pt; }
  .badge { min-width: 0; padding: 0 3px; }
  thead { display: table-header-group; }
  tr, .rule, pre, .verdict, .tiles, .wf { break-inside: avoid; }
  th, td { padding: 4px 5px; }
  a { color: inherit; text-decoration: none; }
  .wf { min-width: 0; }
  details:not([open]) > :not(summary) { display: none; }
${cards('table.stack-print')}
}
`;
