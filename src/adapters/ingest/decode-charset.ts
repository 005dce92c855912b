/**
 * @module decode-charset
 * Bytes → text with the right character set: BOM, declared charset (HTTP header, then HTML meta or
 * XML declaration in the first 2 KB), then detection. Unknown declarations fall back with a warning.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface DecodeOptions {
  /** The charset parameter of an HTTP Content-Type, when there was one. */
  declaredCharset?: string;
  /** Look for `<meta charset>` / `http-equiv` / `<?xml encoding?>` in the first 2 KB (HTML and XML). */
  readsMarkupDeclaration?: boolean;
}

export interface DecodedText {
  text: string;
  /** The charset actually used (iconv-lite name, lower case). */
  charset: string;
  /** Why a declaration was not followed, for warning diagnostics. */
  warnings: string[];
}

const META_WINDOW = 2048;
const DETECT_SAMPLE = 64 * 1024;

// WHATWG maps these labels to windows-1252, a superset that also decodes the C1 range pages use.
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  'x-user-defined': 'windows-1252',
  unicode: 'utf-16le',
};

/** Decodes a document's bytes, choosing the charset in the order browsers use. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const warnings: string[] = [];
  // A BOM is unambiguous, so it wins even over an HTTP header (as in the HTML standard).
  const bom = readBom(bytes);
  if (bom)
    return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset, warnings };

  const declarations: { label: string; where: string }[] = [];
  if (options.declaredCharset) declarations.push({ label: options.declaredCharset, where: 'the HTTP header' });
  if (options.readsMarkupDeclaration) {
    const label = findMarkupCharset(bytes);
    if (label) declarations.push({ label, where: 'the page' });
  }
  for (const { label, where } of declarations) {
    const charset = normaliseCharset(label, where === 'the page');
    if (!charset) {
      warnings.push(`${where} declares an unknown character set "${label}"; detecting it instead`);
      continue;
    }
    if (charset === 'utf-8' && !isValidUtf8(bytes)) {
      warnings.push(`${where} declares UTF-8 but the bytes are not valid UTF-8; detecting the character set instead`);
      continue;
    }
    return { text: iconv.decode(Buffer.from(bytes), charset), charset, warnings };
  }
  return decodeUndeclared(bytes, warnings, options.readsMarkupDeclaration !== true);
}

/**
 * Undeclared bytes. Text that is UTF-8 but for a few bad bytes (a truncated character, one pasted
 * Latin-1 byte) stays UTF-8 with those bytes replaced, since reading all of it as windows-1252 would
 * garble every accented letter; text with no UTF-8 sequence at all is detected. Either way the
 * caller is told, except for markup detected as a legacy charset (common, and a page can declare one).
 */
function decodeUndeclared(bytes: Uint8Array, warnings: string[], isPlainText: boolean): DecodedText {
  if (isAscii(bytes) || isValidUtf8(bytes))
    return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8', warnings };
  const { validSequences, invalidBytes, firstInvalid } = countUtf8(bytes);
  if (validSequences > 0 && invalidBytes <= validSequences) {
    warnings.push(
      `is not valid UTF-8: ${plural(invalidBytes, 'byte')} (the first at byte ${firstInvalid.toLocaleString('en-US')}) replaced with U+FFFD; the rest read as UTF-8`,
    );
    return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8', warnings };
  }
  const charset = detectCharset(bytes);
  if (isPlainText)
    warnings.push(`is not UTF-8: read as ${charset} (detected); save it as UTF-8 to be sure it reads right`);
  return { text: iconv.decode(Buffer.from(bytes), charset), charset, warnings };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} invalid ${word}${n === 1 ? '' : 's'}`;
}

/** Well-formed multi-byte UTF-8 sequences and stray bytes, in one pass. */
function countUtf8(bytes: Uint8Array): { validSequences: number; invalidBytes: number; firstInvalid: number } {
  let validSequences = 0;
  let invalidBytes = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let isWellFormed = length > 0 && i + length <= bytes.length;
    for (let k = 1; isWellFormed && k < length; k++) isWellFormed = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (isWellFormed) {
      validSequences++;
      i += length;
    } else {
      invalidBytes++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { validSequences, invalidBytes, firstInvalid };
}

/** Maps a declared label to an iconv-lite encoding name, or undefined when it is unknown. */
export function normaliseCharset(label: string, isInMarkup = false): string | undefined {
  const clean = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!clean) return undefined;
  // A page that says UTF-16 in an ASCII-compatible meta tag cannot be UTF-16 (HTML standard rule).
  if (isInMarkup && /^utf-?16/.test(clean)) return 'utf-8';
  const name = LABEL_ALIASES[clean] ?? (clean === 'utf8' ? 'utf-8' : clean);
  return iconv.encodingExists(name) ? name : undefined;
}

function readBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

/** True when the bytes start with a UTF-16 byte order mark (such text has NUL bytes but is not binary). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  const bom = readBom(bytes);
  return bom !== undefined && bom.charset !== 'utf-8';
}

function findMarkupCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps bytes 1:1, so the ASCII markup reads right whatever the real charset is.
  const head = Buffer.from(bytes.subarray(0, META_WINDOW)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return xml?.[1];
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/** Undeclared bytes: ASCII and valid UTF-8 are UTF-8 (other charsets almost never validate); else chardet. */
export function detectCharset(bytes: Uint8Array): string {
  if (isAscii(bytes) || isValidUtf8(bytes)) return 'utf-8';
  // A sample is enough for chardet's statistics and keeps multi-megabyte pages fast.
  for (const match of analyse(bytes.subarray(0, DETECT_SAMPLE))) {
    const charset = normaliseCharset(match.name);
    if (charset && charset !== 'utf-8') return charset;
  }
  return 'windows-1252';
}
