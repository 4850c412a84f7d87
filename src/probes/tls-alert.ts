/** A TLS alert the peer sent (RFC 8446 §6), read from OpenSSL's error. */
export interface TlsAlert {
  /** `certificate required`, as OpenSSL words it. */
  readonly name: string;
  readonly number: number | null;
  /** What it means for the SCP, when we know. */
  readonly meaning: string | null;
}

// The alerts a firewall administrator meets, and what they say about the peer (RFC 8446 §6.2, RFC 5246 §7.2).
const MEANINGS: Record<number, string> = {
  40:
    'the server found nothing acceptable in our handshake; ' +
    'a server that demands a client certificate (mutual TLS) also answers a TLS 1.2 handshake without one this way',
  42: 'the server rejected the certificate it was sent',
  48: 'the server does not trust the issuer of the client certificate',
  70: 'the server does not accept the TLS version offered',
  71: 'the server requires stronger ciphers than offered',
  80: 'the server (or a device in front of it) failed internally',
  112: 'the server does not know the name we asked for (SNI): it is not the endpoint, or a device in the path answers for it',
  116:
    'the server requires a client certificate (mutual TLS), which an SCP never presents: ' +
    'this is not the Microsoft endpoint, or a device in the path demands client authentication',
};

/** The alert an OpenSSL error reports (`…:tlsv13 alert certificate required:…SSL alert number 116`), or `null`. */
export function tlsAlertOf(error: { readonly code?: string | undefined; readonly message: string }): TlsAlert | null {
  const words =
    /(?:sslv3|tlsv1[0-3]?) alert ([a-z ]+?)(?::|$)/i.exec(error.message)?.[1] ??
    /^ERR_SSL_(?:SSLV3|TLSV1\d*)_ALERT_(\w+)$/
      .exec(error.code ?? '')?.[1]
      ?.toLowerCase()
      .replace(/_/g, ' ');
  if (words === undefined) return null;
  const digits = /SSL alert number (\d+)/.exec(error.message)?.[1];
  const number = digits === undefined ? null : Number(digits);
  return { name: words.trim(), number, meaning: number === null ? null : (MEANINGS[number] ?? null) };
}

/** `alert 116 "certificate required": the server requires…`, for messages. */
export function describeAlert(alert: TlsAlert): string {
  const head = `alert ${alert.number === null ? '' : `${alert.number} `}"${alert.name}"`;
  return alert.meaning === null ? head : `${head}: ${alert.meaning}`;
}

// Alerts that arrive on an established TLS socket before anyone reads from it (TLS 1.3 sends a client-certificate
// verdict after the handshake): kept per socket so the HTTP exchange can hand them back to the tls stage.
const late = new WeakMap<object, TlsAlert>();

/** Records an error raised on an established TLS socket, when it is an alert. */
export function rememberAlert(socket: object, error: { readonly code?: string | undefined; readonly message: string }): void {
  const alert = tlsAlertOf(error);
  if (alert !== null && !late.has(socket)) late.set(socket, alert);
}

/** The alert recorded for a socket, if any. */
export function rememberedAlert(socket: object): TlsAlert | null {
  return late.get(socket) ?? null;
}
