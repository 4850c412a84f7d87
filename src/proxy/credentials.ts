import { InputError } from '../model/input-error.js';
import { readInputText } from '../model/read-input-file.js';
import { PASSWORD_ENV } from './password-env.js';
import { promptPassword } from './prompt-password.js';
import { Secret } from './secret.js';
import type { ProxyCredentials } from './types.js';

export interface CredentialSources {
  /** `--proxy-user`, or the user inside the proxy URL. */
  readonly user: string | null;
  readonly passwordFile: string | null;
  /** A password written inside the proxy URL (already warned about). */
  readonly urlPassword: string | null;
  readonly env: NodeJS.ProcessEnv;
  /** Hidden terminal prompt; injectable for tests. */
  readonly prompt?: (question: string) => string | null;
}

/** Splits `DOMAIN\user` and `user@domain` into NTLM's fields; Basic sends the account as typed. */
export function parseAccount(account: string, password: Secret): ProxyCredentials {
  const trimmed = account.trim();
  if (trimmed === '' || /[\r\n:]/.test(trimmed)) {
    throw new InputError('--proxy-user: expected DOMAIN\\user, user@domain or user (no colon or line break)');
  }
  const slash = trimmed.indexOf('\\');
  // MS-NLMP 3.1.5.1.2: a UPN goes whole in the user field with an empty domain; the DC resolves it.
  const [ntlmDomain, ntlmUser] = slash > 0 ? [trimmed.slice(0, slash), trimmed.slice(slash + 1)] : ['', trimmed];
  if (ntlmUser === '') throw new InputError('--proxy-user: the account name after the backslash is empty');
  return { account: trimmed, ntlmUser, ntlmDomain, password };
}

/**
 * Settles the proxy credentials before the run: the password comes from the password file, then
 * SCP_PREFLIGHT_PROXY_PASSWORD, then the proxy URL, then a hidden prompt on a terminal. No user means no
 * credentials (the proxy then shows whether it needs them). Error messages name sources, never contents.
 */
export function resolveCredentials(sources: CredentialSources): ProxyCredentials | null {
  if (sources.user === null) {
    if (sources.passwordFile !== null) throw new InputError('--proxy-password-file: give --proxy-user too (whose password is it?)');
    return null;
  }
  const password =
    readPasswordFile(sources.passwordFile) ??
    (sources.env[PASSWORD_ENV] || null) ??
    sources.urlPassword ??
    (sources.prompt ?? promptPassword)(`Proxy password for ${sources.user}: `);
  if (password === null) {
    throw new InputError(`--proxy-user: no password; set ${PASSWORD_ENV}, give --proxy-password-file, or run on a terminal to be asked`);
  }
  return parseAccount(sources.user, new Secret(password));
}

function readPasswordFile(file: string | null): string | null {
  if (file === null) return null;
  const text = readInputText(file, { flag: '--proxy-password-file' });
  // The first line only, without its line break: `echo secret > file` must work.
  const first = text.split(/\r?\n/)[0] ?? '';
  if (first === '') throw new InputError(`--proxy-password-file: ${file} is empty; put the password on its first line`);
  return first;
}
