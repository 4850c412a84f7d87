import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineEnv } from './offline-env.js';
import { closedPort } from './proxy-servers.js';

type Test = Pick<import('tap').Test, 'teardown' | 'skip' | 'fail'>;

/**
 * Whether a real program is installed. When it is not, the test skips with a visible reason, unless
 * SCP_PREFLIGHT_REQUIRE_PROGRAMS=1 (CI), where a missing program fails the test.
 */
export function haveProgram(t: Test, path: string, packageName: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    const reason = `${path} is not installed (apt-get install -y ${packageName})`;
    if (process.env.SCP_PREFLIGHT_REQUIRE_PROGRAMS === '1') t.fail(`${reason}; SCP_PREFLIGHT_REQUIRE_PROGRAMS=1 makes it mandatory`);
    else t.skip(reason, () => {});
    return false;
  }
}

/** A temp folder any user can write to: squid drops root privileges to its own user. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  return dir;
}

/** Starts a program, kills it at teardown, and waits until `port` on 127.0.0.1 accepts connections. */
export async function startListening(t: Test, command: string, args: string[], port: number, log: () => string): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: offlineEnv() });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}: ${output}\n${log()}`);
    if (await accepts(port)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${command} did not listen on 127.0.0.1:${port} within 15 s: ${output}\n${log()}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface SquidOptions {
  readonly auth?: 'none' | 'basic' | 'ntlm';
  /** Basic accounts (htpasswd): user → password. */
  readonly users?: Record<string, string>;
  /** Domains refused by an ACL (`dstdomain`). */
  readonly deny?: readonly string[];
  /** Names squid resolves through its hosts_file (all to 127.0.0.1). */
  readonly names: readonly string[];
  /** ssl-bump with this CA (PEM cert and key); upstream TLS validated against `upstreamCa`. */
  readonly bump?: { readonly certPem: string; readonly keyPem: string; readonly upstreamCa: string };
  /** Listen in accelerator mode (`accel vhost`): squid answers origin-form requests as if it were the endpoint. */
  readonly accel?: boolean;
}

/**
 * Starts a real squid on 127.0.0.1 with its own config, logs, pid file and hosts file in a temp folder: no system
 * service and no real DNS (names come from the hosts file; anything else goes to 127.0.0.1:53, where nothing
 * answers). CONNECT is allowed to any port, since the test endpoints listen on ephemeral ports.
 */
export async function startSquid(t: Test, options: SquidOptions): Promise<{ port: number; dir: string }> {
  const dir = scratchDir('scp-preflight-squid-');
  const port = await closedPort();
  writeFileSync(join(dir, 'hosts'), options.names.map((n) => `127.0.0.1 ${n}\n`).join(''));
  const lines = [
    `pid_filename ${dir}/squid.pid`,
    `cache_log ${dir}/cache.log`,
    `access_log ${dir}/access.log`,
    `coredump_dir ${dir}`,
    `hosts_file ${dir}/hosts`,
    'dns_nameservers 127.0.0.1',
    'cache deny all',
    'shutdown_lifetime 0 seconds',
    'connect_timeout 5 seconds',
    'dns_timeout 2 seconds',
    'dns_retransmit_interval 1 seconds',
    'forward_timeout 5 seconds',
    'visible_hostname squid.test',
    ...(options.deny?.length ? [`acl blocked dstdomain ${options.deny.join(' ')}`, 'http_access deny blocked'] : []),
  ];
  if (options.auth === 'basic') {
    const file = join(dir, 'passwd');
    for (const [i, [user, password]] of Object.entries(options.users ?? {}).entries()) {
      const result = spawnSync('htpasswd', [...(i === 0 ? ['-c'] : []), '-b', '-m', file, user, password]);
      if (result.status !== 0) throw new Error(`htpasswd failed: ${result.stderr.toString()}`);
    }
    chmodSync(file, 0o644);
    lines.push(
      `auth_param basic program /usr/lib/squid/basic_ncsa_auth ${file}`,
      'auth_param basic realm scp-preflight test',
      'acl authed proxy_auth REQUIRED',
      'http_access allow authed',
      'http_access deny all',
    );
  } else if (options.auth === 'ntlm') {
    lines.push(
      'auth_param ntlm program /usr/lib/squid/ntlm_fake_auth',
      'auth_param ntlm children 2',
      'acl authed proxy_auth REQUIRED',
      'http_access allow authed',
      'http_access deny all',
    );
  } else {
    lines.push('http_access allow all');
  }
  if (options.bump) {
    writeFileSync(join(dir, 'bump.pem'), `${options.bump.certPem}\n${options.bump.keyPem}`);
    writeFileSync(join(dir, 'upstream-ca.pem'), options.bump.upstreamCa);
    const db = join(dir, 'ssl_db');
    const init = spawnSync('/usr/lib/squid/security_file_certgen', ['-c', '-s', db, '-M', '4MB']);
    if (init.status !== 0) throw new Error(`security_file_certgen -c failed: ${init.stderr.toString()}`);
    spawnSync('chmod', ['-R', 'a+rwX', db]);
    lines.unshift(
      `http_port 127.0.0.1:${port} ssl-bump tls-cert=${dir}/bump.pem generate-host-certificates=on dynamic_cert_mem_cache_size=4MB`,
    );
    lines.push(
      `sslcrtd_program /usr/lib/squid/security_file_certgen -s ${db} -M 4MB`,
      'sslcrtd_children 2',
      'acl step1 at_step SslBump1',
      'ssl_bump peek step1',
      'ssl_bump bump all',
      `tls_outgoing_options cafile=${dir}/upstream-ca.pem`,
    );
  } else {
    lines.unshift(`http_port 127.0.0.1:${port}${options.accel ? ' accel vhost' : ''}`);
  }
  writeFileSync(join(dir, 'squid.conf'), `${lines.join('\n')}\n`);
  const { readFileSync } = await import('node:fs');
  const log = (): string => {
    try {
      return readFileSync(join(dir, 'cache.log'), 'utf8').slice(-2000);
    } catch {
      return '';
    }
  };
  await startListening(t, '/usr/sbin/squid', ['-N', '-f', join(dir, 'squid.conf')], port, log);
  return { port, dir };
}
