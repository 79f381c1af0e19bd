// Bytes ↔ text without Buffer (shared/ runs in the browser and workers too).

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64_ALPHABET].map((character, index) => [character, index]));

export function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const first = bytes[index]!;
    const second = bytes[index + 1];
    const third = bytes[index + 2];
    const triple = (first << 16) | ((second ?? 0) << 8) | (third ?? 0);
    text += BASE64_ALPHABET[(triple >> 18) & 63]! + BASE64_ALPHABET[(triple >> 12) & 63]!;
    text += second === undefined ? '=' : BASE64_ALPHABET[(triple >> 6) & 63]!;
    text += third === undefined ? '=' : BASE64_ALPHABET[triple & 63]!;
  }
  return text;
}

/** Strict standard base64 with padding; undefined for anything else. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let index = 0; index < text.length; index += 4) {
    let triple = 0;
    for (let offset = 0; offset < 4; offset += 1) {
      const character = text[index + offset]!;
      const isPadding = character === '=' && index + 4 === text.length && offset >= 4 - padding;
      const value = isPadding ? 0 : BASE64_VALUES.get(character);
      if (value === undefined) return undefined;
      triple = (triple << 6) | value;
    }
    for (const shift of [16, 8, 0]) {
      if (written < bytes.length) bytes[written++] = (triple >> shift) & 255;
    }
  }
  // Non-canonical encodings (stray bits in the last character) would give two spellings of one key.
  return bytesToBase64(bytes) === text ? bytes : undefined;
}

export function bytesToHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

const encoder = new TextEncoder();
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8, refusing invalid sequences; undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function bytesEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index += 1) if (left[index] !== right[index]) return false;
  return true;
}
