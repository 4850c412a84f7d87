// @ts-check
// Smoke test of release/ (after `npm run package` and `npm run build`), run by .ci/run:
//   node scripts/smoke-exe.mjs [--release DIR]
// The Linux executable, and the Windows executable under Wine, must match `node dist/cli/main.js` on --version,
// `--help` and `check --help` (bytes), `endpoints --format csv` (bytes), the demo's per-endpoint results (a fault
// the exe says it left out aside), the PAC route (QuickJS from the SEA asset) and `check --only rules --plan` rule
// results, and must start Node with the V8 flags of package.json seaRuntime.execArgv. Every check prints one line;
// the last line is "smoke: N passed, N failed" and the exit code is 1 when any failed. Wine cannot start = failed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// JSON.parse gives `any`; through `unknown`, the casts below are the one place a shape is assumed.
/** @type {unknown} */
const pkgJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pkg = /** @type {{ name: string, version: string, seaRuntime: { execArgv: string[] } }} */ (pkgJson);
const flag = process.argv.indexOf('--release');
const release = resolve(flag > 0 ? String(process.argv[flag + 1]) : join(root, 'release'));
const work = join(root, 'build', 'smoke');
const name = `${pkg.name}-${pkg.version}`;
const PLAN = 'test/rules/fixtures/plans/issue-example.yaml';
const ZIP_ENTRIES = [
  'scp-preflight.exe',
  'collect.ps1',
  'example-plan.yaml',
  'plan.schema.json',
  'README-windows.txt',
  'THIRD-PARTY-NOTICES.txt',
];
let passed = 0;
let failed = 0;

/** @param {string} check @param {() => string | void} body */
function check(check, body) {
  try {
    const detail = body();
    passed += 1;
    process.stdout.write(`smoke: ok   ${check}${detail ? ` (${detail})` : ''}\n`);
  } catch (error) {
    failed += 1;
    process.stdout.write(`smoke: FAIL ${check}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

/** @param {unknown} ok @param {string} message @returns {asserts ok} */
function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/**
 * Runs a command with stdin from /dev/null and stdout/stderr in files (Wine's node.exe dies on piped stdio), bounded.
 * @param {string[]} command @param {string} label @param {NodeJS.ProcessEnv} env @param {number} timeoutMs
 */
function run(command, label, env, timeoutMs = 120_000) {
  mkdirSync(work, { recursive: true });
  const outFile = join(work, `${label}.out`);
  const errFile = join(work, `${label}.err`);
  const fds = [openSync('/dev/null', 'r'), openSync(outFile, 'w'), openSync(errFile, 'w')];
  const result = spawnSync(String(command[0]), command.slice(1), { cwd: root, env, stdio: fds, timeout: timeoutMs, killSignal: 'SIGKILL' });
  fds.forEach((fd) => closeSync(fd));
  const stdout = readFileSync(outFile);
  const stderr = readFileSync(errFile, 'utf8');
  if (result.error || result.signal)
    throw new Error(
      `${label}: ${result.error?.message ?? `killed by ${result.signal} after ${timeoutMs} ms`}; stderr: ${stderr.slice(-300)}`,
    );
  return { code: result.status, stdout, stderr };
}

/**
 * @typedef {{ group: string, entry: string, host: string, port: number, status: string, code: string | null,
 *   route: { proxy: string | null, reason: string }, message: string }} DemoEndpoint
 */

/** The demo's per-endpoint results as comparable lines, and the hosts whose fault the run says it left out. */
function demoResults(/** @type {{ stdout: Buffer, stderr: string }} */ out) {
  // --json on stdout must be exactly one JSON document
  /** @type {unknown} */
  const json = JSON.parse(out.stdout.toString('utf8'));
  const report = /** @type {{ endpoints: DemoEndpoint[] }} */ (json);
  const leftOut = [...out.stderr.matchAll(/^note: demo fault left out: (\S+) /gm)].map((m) => String(m[1]));
  const lines = report.endpoints.map((e) => ({
    host: e.host,
    line: `${e.group} ${e.entry} ${e.host}:${e.port} ${e.status} ${e.code ?? ''}`,
  }));
  return { report, leftOut, lines };
}

/** Rule id → status from `check --only rules --plan … --json`. */
const ruleResults = (/** @type {Buffer} */ stdout) => {
  /** @type {unknown} */
  const json = JSON.parse(stdout.toString('utf8'));
  return /** @type {{ rules: { id: string, status: string }[] }} */ (json).rules.map((r) => `${r.id} ${r.status}`).join(', ');
};

const sha256 = (/** @type {Buffer} */ data) => createHash('sha256').update(data).digest('hex');

/** Reads a zip's central directory and each entry, checking its CRC; name → bytes. */
function unzip(/** @type {Buffer} */ archive) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert(end >= 0, 'no end-of-central-directory record');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    assert(archive.readUInt32LE(at) === 0x02014b50, `bad central directory entry ${i}`);
    const [method, crc, size, nameLength, extra, comment, offset] = [
      archive.readUInt16LE(at + 10),
      archive.readUInt32LE(at + 16),
      archive.readUInt32LE(at + 20),
      archive.readUInt16LE(at + 28),
      archive.readUInt16LE(at + 30),
      archive.readUInt16LE(at + 32),
      archive.readUInt32LE(at + 42),
    ];
    const entryName = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = offset + 30 + archive.readUInt16LE(offset + 26) + archive.readUInt16LE(offset + 28);
    const body = archive.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(body) : body;
    assert(crc32(data) === crc, `${entryName}: CRC mismatch`);
    files.set(entryName, data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Runs every comparison for one executable (`prefix` runs it: [] for Linux, ['wine'] for Windows). */
function compare(
  /** @type {string} */ label,
  /** @type {string[]} */ command,
  /** @type {NodeJS.ProcessEnv} */ env,
  /** @type {Reference} */ ref,
) {
  check(`${label}: --version`, () => {
    const out = run([...command, '--version'], `${label}-version`, env);
    assert(
      out.code === 0 && out.stdout.toString().trim() === ref.version,
      `exit ${out.code}, "${out.stdout.toString().trim()}", expected ${ref.version}; stderr: ${out.stderr.slice(-300)}`,
    );
    return ref.version;
  });
  // The V8 start-up flags live in the SEA blob (seaRuntime.execArgv); a preload given by NODE_OPTIONS, which the
  // executables honour, prints what Node was started with.
  check(`${label}: Node starts with package.json seaRuntime.execArgv`, () => {
    mkdirSync(work, { recursive: true });
    const preload = join(work, 'print-exec-argv.cjs');
    writeFileSync(preload, "process.stderr.write('execArgv=' + JSON.stringify(process.execArgv) + '\\n');\n");
    // Under Wine the Linux root is drive Z:; forward slashes, since NODE_OPTIONS reads a backslash as an escape.
    const path = command[0] === 'wine' ? `Z:${preload}` : preload;
    const out = run([...command, '--version'], `${label}-exec-argv`, { ...env, NODE_OPTIONS: `--require "${path}"` });
    const seen = /execArgv=(.*)/.exec(out.stderr)?.[1]?.trim();
    assert(seen === JSON.stringify(pkg.seaRuntime.execArgv), `saw ${seen ?? 'nothing'}; stderr: ${out.stderr.slice(-300)}`);
    return seen;
  });
  // Top-level help and a command's help are the launcher's own answers (src/cli/sea-main.ts: quickAnswer).
  check(`${label}: --help and check --help are byte-identical`, () => {
    const help = run([...command, '--help'], `${label}-help`, env);
    assert(help.code === 0 && help.stdout.equals(ref.help), `--help: exit ${help.code}, ${help.stdout.length} bytes vs ${ref.help.length}`);
    const checkHelp = run([...command, 'check', '--help'], `${label}-check-help`, env);
    assert(
      checkHelp.code === 0 && checkHelp.stdout.equals(ref.checkHelp),
      `check --help: exit ${checkHelp.code}, ${checkHelp.stdout.length} bytes vs ${ref.checkHelp.length}; ` +
        `stderr: ${checkHelp.stderr.slice(-300)}`,
    );
    return `${ref.help.length} and ${ref.checkHelp.length} bytes`;
  });
  check(`${label}: endpoints --format csv is byte-identical`, () => {
    const out = run([...command, 'endpoints', '--format', 'csv'], `${label}-csv`, env);
    assert(out.code === 0 && out.stdout.equals(ref.csv), `exit ${out.code}, ${out.stdout.length} bytes vs ${ref.csv.length}`);
    return `${ref.csv.toString().split('\n').length - 1} lines`;
  });
  check(`${label}: demo gives the same per-endpoint results, PAC route through the proxy`, () => {
    const out = run(
      [...command, 'demo', '--json', '--timeout', '4000', '--out', `build/smoke/${label}-demo`],
      `${label}-demo`,
      env,
      180_000,
    );
    const got = demoResults(out);
    assert(out.code === 1, `exit ${out.code} (the demo's deliberate faults make it NOT READY, exit 1); stderr: ${out.stderr.slice(-400)}`);
    const broken = got.report.endpoints.find((e) => /PAC script .* could not be loaded/.test(e.message));
    assert(!broken, `PAC engine: ${broken?.message}`);
    const differ = got.lines.filter((l, i) => l.line !== ref.demo.lines[i]?.line && !got.leftOut.includes(l.host));
    assert(
      got.lines.length === ref.demo.lines.length && differ.length === 0,
      `${got.lines.length} results vs ${ref.demo.lines.length}; ${differ.length} differ, first: ${differ
        .slice(0, 3)
        .map((l) => l.line)
        .join('; ')}`,
    );
    const viaPac = got.report.endpoints.filter(
      (e) => e.status === 'pass' && e.route.proxy !== null && /^PAC returned "PROXY /.test(e.route.reason),
    );
    assert(
      viaPac.length > 0,
      "no endpoint passed through the PAC file's proxy: the PAC engine (QuickJS, quickjs.wasm asset) does not work",
    );
    const leftOut = got.leftOut.length ? `, left out: ${got.leftOut.join(', ')}` : '';
    return `${got.lines.length} results, ${viaPac.length} via the PAC proxy${leftOut}`;
  });
  check(`${label}: check --only rules --plan gives the same rule results`, () => {
    const out = run(
      [...command, 'check', '--only', 'rules', '--plan', PLAN, '--json', '--out', `build/smoke/${label}-rules`],
      `${label}-rules`,
      env,
    );
    const got = ruleResults(out.stdout);
    assert(got === ref.rules, `${got} vs ${ref.rules}; stderr: ${out.stderr.slice(-300)}`);
    return got;
  });
}

/**
 * @typedef {{ version: string, help: Buffer, checkHelp: Buffer, csv: Buffer, demo: ReturnType<typeof demoResults>, rules: string }}
 *   Reference
 */

function main() {
  rmSync(work, { recursive: true, force: true });
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/_proxy$/i.test(k))), NO_COLOR: '1' };
  const linuxExe = join(release, `${name}-linux-x64`);
  const winExe = join(release, `${name}-win-x64.exe`);
  const zipFile = join(release, `${name}-win-x64.zip`);

  check('release: every artifact, its .sha256 and SHA256SUMS agree', () => {
    const sums = readFileSync(join(release, 'SHA256SUMS'), 'utf8');
    for (const file of [winExe, linuxExe, zipFile]) {
      assert(existsSync(file), `missing ${file}`);
      const line = `${sha256(readFileSync(file))}  ${file.slice(release.length + 1)}\n`;
      assert(
        readFileSync(`${file}.sha256`, 'utf8') === line && sums.includes(line),
        `${file}: hash does not match its .sha256 / SHA256SUMS`,
      );
    }
  });
  check('release: the zip holds the exe, collect.ps1, the example plan, README-windows.txt and the notices', () => {
    const files = unzip(readFileSync(zipFile));
    assert([...files.keys()].join() === ZIP_ENTRIES.join(), `entries: ${[...files.keys()].join(', ')}`);
    assert(files.get('scp-preflight.exe')?.equals(readFileSync(winExe)), 'the zipped exe is not the released one');
    assert(
      /Get-LocalGroupMember|net localgroup/i.test(files.get('collect.ps1')?.toString() ?? ''),
      'collect.ps1 is not the collection script',
    );
    return `${files.size} entries, CRCs ok`;
  });

  const dist = [process.execPath, join(root, 'dist', 'cli', 'main.js')];
  /** @type {Reference} */
  const ref = {
    version: run([...dist, '--version'], 'node-version', env)
      .stdout.toString()
      .trim(),
    help: run([...dist, '--help'], 'node-help', env).stdout,
    checkHelp: run([...dist, 'check', '--help'], 'node-check-help', env).stdout,
    csv: run([...dist, 'endpoints', '--format', 'csv'], 'node-csv', env).stdout,
    demo: demoResults(run([...dist, 'demo', '--json', '--timeout', '4000', '--out', 'build/smoke/node-demo'], 'node-demo', env, 180_000)),
    rules: ruleResults(
      run([...dist, 'check', '--only', 'rules', '--plan', PLAN, '--json', '--out', 'build/smoke/node-rules'], 'node-rules', env).stdout,
    ),
  };
  check('node dist/cli/main.js (the reference) ran every fault', () => {
    assert(
      ref.version === pkg.version && ref.demo.leftOut.length === 0,
      `version ${ref.version}, left out: ${ref.demo.leftOut.join(', ')}`,
    );
  });

  compare('linux-x64', [linuxExe], env, ref);
  check('linux-x64: --json piped (not a file) is one valid JSON document', () => {
    const piped = spawnSync(linuxExe, ['check', '--only', 'rules', '--plan', PLAN, '--json', '--out', 'build/smoke/linux-x64-piped'], {
      cwd: root,
      env,
      timeout: 60_000,
    });
    return `${ruleResults(piped.stdout).split(', ').length} rules`;
  });

  const prefix = mkdtempSync(join(tmpdir(), 'scp-preflight-wine-'));
  // No Mono/Gecko installer prompts, quiet logs, and no refusal by node.exe of the new prefix's "Windows 7".
  const wineEnv = { ...env, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', NODE_SKIP_PLATFORM_CHECK: '1' };
  try {
    check('wine: a fresh prefix starts', () => {
      const boot = run(['wineboot', '-i'], 'wineboot', wineEnv, 180_000);
      assert(boot.code === 0, `wineboot -i exit ${boot.code}: ${boot.stderr.slice(-300)}`);
      const wine = spawnSync('wine', ['--version'], { encoding: 'utf8', env: wineEnv });
      // stdout is null when wine cannot be started, whatever the types say.
      return wine.error ? undefined : wine.stdout.trim();
    });
    compare('win-x64-wine', ['wine', winExe], wineEnv, ref);
  } finally {
    spawnSync('wineserver', ['-k'], { env: wineEnv, timeout: 30_000 });
    rmSync(prefix, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  failed += 1; // e.g. dist/ not built: the reference itself could not run
  process.stdout.write(`smoke: FAIL ${error instanceof Error ? error.message : String(error)}\n`);
}
process.stdout.write(`smoke: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
