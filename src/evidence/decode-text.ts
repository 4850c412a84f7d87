import { readInputFile } from '../model/read-input-file.js';

/** An evidence file as text lines, with how it was encoded (shown when a parser cannot make sense of it). */
export interface EvidenceText {
  readonly file: string;
  readonly encoding: 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';
  /** Lines without their CR/LF; a trailing empty line from the final newline is dropped. */
  readonly lines: readonly string[];
  readonly text: string;
}

/**
 * Decodes what Windows tools write: Windows PowerShell 5.1 redirection (`>`, `Out-File`) writes UTF-16LE with a
 * BOM, `Out-File -Encoding utf8` UTF-8 with a BOM, PowerShell 7 UTF-8 without one, cmd.exe redirection the OEM
 * code page. The BOM decides; without one, NUL bytes in odd positions mean UTF-16LE; bytes that are not valid
 * UTF-8 are read as Windows-1252 so a stray accented letter does not make the file unreadable.
 */
export function decodeText(bytes: Uint8Array, file: string): EvidenceText {
  let encoding: EvidenceText['encoding'];
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, body] = ['utf-8', bytes.subarray(3)];
  else if (looksUtf16le(bytes)) encoding = 'utf-16le';
  else encoding = 'utf-8';
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(body);
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
  }
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { file, encoding, lines, text };
}

/** Reads and decodes an evidence file; a read error is an InputError naming the file. */
export function readEvidenceText(file: string): EvidenceText {
  return decodeText(readInputFile(file, { what: 'the evidence file' }), file);
}

function looksUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros += 1;
  return zeros >= n / 4;
}
