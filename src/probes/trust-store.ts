import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { InputError } from '../model/input-error.js';
import { readInputText } from '../model/read-input-file.js';
import type { TrustSource } from './types.js';

/** A trusted root and the store it came from. */
export interface TrustedRoot {
  readonly cert: X509Certificate;
  readonly source: TrustSource;
}

/** The roots a run trusts, and which of them are public. */
export interface TrustStore {
  /**
   * One TLS context for the whole run. Passing `ca` to every tls.connect would parse all ~150 roots per
   * connection, which at 64 concurrent handshakes costs more CPU than the handshakes themselves. It offers TLS 1.0
   * to 1.3 at OpenSSL security level 0 so that an endpoint stuck on TLS 1.1 is seen and named, not lost.
   */
  readonly secureContext: tls.SecureContext;
  readonly roots: readonly TrustedRoot[];
}

export interface TrustOptions {
  /** `--ca-file`: roots to trust that are *not* public (a TLS inspection CA). */
  readonly caFile: string | null;
  /** `--public-roots`: roots to treat as public (labs, sovereign clouds). */
  readonly publicRoots: string | null;
  /** `NODE_EXTRA_CA_CERTS` as Node would read it; passing `ca` to tls.connect replaces Node's default store. */
  readonly extraCaCertsFile: string | null;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Splits and parses a PEM bundle; an unreadable file or a broken certificate is bad input (exit 2). */
export function readPemBundle(file: string, flag: string): string[] {
  const text = readInputText(file, { flag, hint: 'give a PEM file' });
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new InputError(`${flag}: ${file} holds no "-----BEGIN CERTIFICATE-----" block; give PEM certificates`);
  blocks.forEach((pem, i) => {
    try {
      new X509Certificate(pem);
    } catch (error) {
      throw new InputError(`${flag}: certificate #${i + 1} in ${file} cannot be parsed (${(error as Error).message})`, { cause: error });
    }
  });
  return blocks;
}

/**
 * Builds the run's trust store. Order matters: when the same root is in several sources, the most public one
 * wins, so a `--ca-file` that merely repeats a public root does not turn every result into TLS_INTERCEPTED.
 */
export function buildTrustStore(options: TrustOptions): TrustStore {
  const sources: [TrustSource, readonly string[]][] = [
    ['public', tls.rootCertificates],
    ['public-roots', options.publicRoots ? readPemBundle(options.publicRoots, '--public-roots') : []],
    ['ca-file', options.caFile ? readPemBundle(options.caFile, '--ca-file') : []],
    ['node-extra-ca-certs', options.extraCaCertsFile ? readExtra(options.extraCaCertsFile) : []],
  ];
  const seen = new Set<string>();
  const roots: TrustedRoot[] = [];
  const pems: string[] = [];
  for (const [source, list] of sources) {
    for (const pem of list) {
      const cert = new X509Certificate(pem);
      if (seen.has(cert.fingerprint256)) continue;
      seen.add(cert.fingerprint256);
      roots.push({ cert, source });
      pems.push(pem);
    }
  }
  const secureContext = tls.createSecureContext({ ca: pems, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
  return { roots, secureContext };
}

/** Node only warns about a bad NODE_EXTRA_CA_CERTS; so do we, by ignoring what cannot be read. */
function readExtra(file: string): string[] {
  try {
    return (readFileSync(file, 'utf8').match(PEM_BLOCK) ?? []).filter((pem) => {
      try {
        new X509Certificate(pem);
        return true;
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

/** The trusted root that issued `top` (or is `top`), if any. */
export function findAnchor(top: X509Certificate, store: TrustStore): TrustedRoot | null {
  for (const root of store.roots) {
    if (root.cert.fingerprint256 === top.fingerprint256) return root;
  }
  for (const root of store.roots) {
    if (top.checkIssued(root.cert) && top.verify(root.cert.publicKey)) return root;
  }
  return null;
}
