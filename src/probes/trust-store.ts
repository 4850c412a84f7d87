import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { InputError } from '../model/input-error.js';
import { readInputText } from '../model/read-input-file.js';
import type { TrustSource } from './types.js';

/** A trusted root and the store it came from. */
export interface TrustedRoot {
  /** Parsed on first use (see buildTrustStore). */
  readonly cert: X509Certificate;
  /** SHA-256 of the DER, as X509Certificate spells it (`AB:CD:…`), known without parsing. */
  readonly fingerprint256: string;
  readonly pem: string;
  readonly source: TrustSource;
}

/** The roots a run trusts, and which of them are public. */
export interface TrustStore {
  /**
   * One TLS context for the whole run, made on first use. Passing `ca` to every tls.connect would parse all ~150
   * roots per connection, which at 64 concurrent handshakes costs more CPU than the handshakes themselves. It offers
   * TLS 1.0 to 1.3 at OpenSSL security level 0 so that an endpoint stuck on TLS 1.1 is seen and named, not lost.
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

/** SHA-256 of a PEM certificate's DER, spelt as X509Certificate.fingerprint256 spells it. */
export function pemFingerprint256(pem: string): string {
  const der = Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64');
  return (createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g) ?? []).join(':');
}

/** A root whose certificate is parsed only when something needs more than its fingerprint. */
function lazyRoot(pem: string, fingerprint256: string, source: TrustSource): TrustedRoot {
  let cert: X509Certificate | undefined;
  return {
    pem,
    fingerprint256,
    source,
    get cert(): X509Certificate {
      return (cert ??= new X509Certificate(pem));
    },
  };
}

/**
 * Builds the run's trust store. Order matters: when the same root is in several sources, the most public one
 * wins, so a `--ca-file` that merely repeats a public root does not turn every result into TLS_INTERCEPTED.
 *
 * Nothing here parses the ~150 public roots or builds the TLS context: both cost about 40 ms each and come before
 * the first DNS question otherwise (issue 10). Roots are told apart by the SHA-256 of their DER; a root is parsed
 * when a chain is matched against it, and the context is made for the first handshake, while the run's other
 * connects are in flight. The files given (--ca-file, --public-roots) are still parsed now: a broken one is bad
 * input, reported before any probe.
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
  for (const [source, list] of sources) {
    for (const pem of list) {
      const fingerprint = pemFingerprint256(pem);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      roots.push(lazyRoot(pem, fingerprint, source));
    }
  }
  let secureContext: tls.SecureContext | undefined;
  return {
    roots,
    get secureContext(): tls.SecureContext {
      // Read on every handshake: the list of roots is made only the first time.
      secureContext ??= tls.createSecureContext({ ca: roots.map((r) => r.pem), minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
      return secureContext;
    },
  };
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
    if (root.fingerprint256 === top.fingerprint256) return root;
  }
  for (const root of store.roots) {
    if (top.checkIssued(root.cert) && top.verify(root.cert.publicKey)) return root;
  }
  return null;
}
