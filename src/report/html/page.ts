import { type Html, html, trusted } from './escape.js';
import { STYLES } from './styles.js';

/**
 * Defence in depth behind escaping: the page may load nothing (no scripts, fonts, images or fetches) and style only
 * from the inline stylesheet, so even a missed escape could neither run code nor call out.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The document shell: one self-contained file; `extraStyles` are our own constants for optional views. */
export function page(title: string, body: Html, extraStyles = ''): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="scp-preflight">
<title>${title}</title>
<style>${trusted(STYLES + extraStyles)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.__html;
}
