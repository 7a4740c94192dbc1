// Byte-level checks before an input is decoded: too large, empty, binary, not UTF-8.
import type { SourceItem } from './article.js';
import { failed } from './source-items.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** How far to look for NUL bytes: the same window git and grep use to call a file binary. */
export const SNIFF_BYTES = 8192;

/** `21.0 MiB`, `512 KiB`, `37 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** Fails an input over `maxBytes`; called with the size from `stat`, before any read. */
export function checkSize(origin: string, size: number, maxBytes: number): SourceItem | null {
  if (size <= maxBytes) return null;
  return failed(
    origin,
    'NG_E011',
    `expected at most ${formatBytes(maxBytes)} (maxBytes ${maxBytes}), found ${formatBytes(size)} (${size} bytes); ` +
      'split the file into smaller files (or NDJSON, which is read line by line), or raise maxBytes',
  );
}

function isBlankByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0b || b === 0x0c;
}

/** Fails an input of 0 bytes or of ASCII whitespace only. */
export function checkEmpty(origin: string, bytes: Uint8Array): SourceItem | null {
  for (let i = 0; i < bytes.length; i++) if (!isBlankByte(bytes[i]!)) return null;
  const what = bytes.length === 0 ? '0 bytes' : `${bytes.length} bytes of whitespace only`;
  return failed(origin, 'NG_E012', `expected some text, found ${what}; remove the file or fill it`);
}

/** Fails an input with a NUL byte in its first 8 KiB: a binary file, or UTF-16. */
export function checkBinary(origin: string, bytes: Uint8Array): SourceItem | null {
  const at = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (at < 0) return null;
  return failed(
    origin,
    'NG_E013',
    `expected UTF-8 text, found a NUL byte at offset ${at} (a binary file, or UTF-16 text); ` +
      'convert the text to UTF-8 or remove the file',
  );
}

/** Decodes strict UTF-8 (a leading BOM is dropped); invalid bytes fail the input. */
export function decodeUtf8(origin: string, bytes: Uint8Array): { text: string } | { failure: SourceItem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      failure: failed(
        origin,
        'NG_E013',
        `expected UTF-8 text, found bytes that are not valid UTF-8 (perhaps Latin-1 or Windows-1252); ` +
          're-save the file as UTF-8',
      ),
    };
  }
}

/** All byte checks of a whole input, in order: size, empty, binary, UTF-8. */
export function guardBytes(origin: string, bytes: Uint8Array, maxBytes: number): { text: string } | { failure: SourceItem } {
  const bad = checkSize(origin, bytes.length, maxBytes) ?? checkEmpty(origin, bytes) ?? checkBinary(origin, bytes);
  if (bad) return { failure: bad };
  const decoded = decodeUtf8(origin, bytes);
  if ('text' in decoded && decoded.text.trim() === '') {
    return { failure: failed(origin, 'NG_E012', `expected some text, found only whitespace; remove the file or fill it`) };
  }
  return decoded;
}
