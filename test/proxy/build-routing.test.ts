import t from 'tap';
import { buildProxyRouting, type ProxyFlags } from '../../src/proxy/build-routing.js';
import { proxyFromArgs } from '../../src/cli/proxy-from-args.js';

const none: ProxyFlags = { proxy: null, pac: null, winhttp: null, ignoreEnv: false, proxyUser: null, proxyPasswordFile: null };
const linux = { platform: 'linux' as const };
const route = (flags: Partial<ProxyFlags>, env: NodeJS.ProcessEnv = {}, prompt?: (q: string) => string | null) =>
  buildProxyRouting({ ...none, ...flags }, { env, ...linux, ...(prompt ? { prompt } : {}) });

t.test('flags beat the environment; --no-proxy ignores it; nothing set is direct', async (t) => {
  const env = { HTTPS_PROXY: 'http://envproxy:3128' };
  t.match(route({}, env).defaultRoute, { kind: 'http', proxy: 'http://envproxy:3128', reason: 'HTTPS_PROXY' });
  t.match(route({ proxy: 'socks5h://flag:1080' }, env).defaultRoute, { kind: 'socks5h', proxy: 'socks5h://flag:1080', reason: '--proxy' });
  const ignored = route({ ignoreEnv: true }, env);
  t.match(ignored.defaultRoute, { kind: 'direct' });
  t.match(ignored.warnings.join('\n'), /--no-proxy: the proxy environment variables are ignored/);
  t.match(route({}, {}).defaultRoute, { kind: 'direct', reason: 'no proxy configured' });
  t.throws(() => route({ proxy: 'http://a:1', pac: 'x.pac' }), /--proxy and --pac: give only one way/);
  t.throws(() => route({ proxy: 'winhttp' }), /Windows only/);
});

t.test('credentials: file, then environment, then URL, then the prompt; a user without a password is an error', async (t) => {
  const prompted: string[] = [];
  const prompt = (q: string) => {
    prompted.push(q);
    return 'typed';
  };
  t.equal(
    route(
      { proxy: 'http://p:1', proxyUser: 'CONTOSO\\scp' },
      { SCP_PREFLIGHT_PROXY_PASSWORD: 'fromenv' },
      prompt,
    ).credentials?.password.reveal(),
    'fromenv',
  );
  t.equal(route({ proxy: 'http://u:fromurl@p:1' }, {}, prompt).credentials?.password.reveal(), 'fromurl');
  t.match(route({ proxy: 'http://u:fromurl@p:1' }).warnings.join(), /contains a password/);
  const typed = route({ proxy: 'http://p:1', proxyUser: 'scp@contoso.com' }, {}, prompt).credentials;
  t.equal(typed?.password.reveal(), 'typed');
  t.same(prompted, ['Proxy password for scp@contoso.com: ']);
  t.match(typed, { account: 'scp@contoso.com', ntlmUser: 'scp@contoso.com', ntlmDomain: '' });
  t.match(route({ proxy: 'http://p:1', proxyUser: 'CONTOSO\\scp' }, { SCP_PREFLIGHT_PROXY_PASSWORD: 'x' }).credentials, {
    ntlmUser: 'scp',
    ntlmDomain: 'CONTOSO',
  });
  t.throws(() => route({ proxy: 'http://p:1', proxyUser: 'scp' }, {}, () => null), /no password; set SCP_PREFLIGHT_PROXY_PASSWORD/);
  t.throws(() => route({ proxyPasswordFile: '/nonexistent' }), /give --proxy-user too/);
});

t.test('the Secret never prints', async (t) => {
  const credentials = route({ proxy: 'http://p:1', proxyUser: 'scp' }, { SCP_PREFLIGHT_PROXY_PASSWORD: 'Sekr1t' }).credentials!;
  const { inspect } = await import('node:util');
  for (const text of [
    String(credentials.password),
    JSON.stringify(credentials),
    inspect(credentials, { depth: 5 }),
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- tests that `${secret}` hides the value
    `${credentials.password}`,
  ]) {
    t.notMatch(text, /Sekr1t/);
  }
});

t.test('yargs shapes: --no-proxy arrives as proxy=false, also next to --proxy', async (t) => {
  const base = { 'proxy-user': undefined, 'proxy-password-file': undefined, pac: undefined, winhttp: undefined, 'compare-direct': false };
  t.match(proxyFromArgs({ ...base, proxy: false }, { env: { HTTPS_PROXY: 'http://e:1' }, platform: 'linux' }).defaultRoute, {
    kind: 'direct',
  });
  t.match(proxyFromArgs({ ...base, proxy: [false, 'http://a:1'] }, { env: {}, platform: 'linux' }).defaultRoute, {
    proxy: 'http://a:1',
    reason: '--proxy',
  });
});
