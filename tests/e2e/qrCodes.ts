// What a printed QR code says, read back the way a visitor's phone would: the code's element is
// photographed in the browser and the PNG decoded in Node, so a test compares the encoded text, not
// the image's markup.
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text a PNG's QR code encodes, or null where no code can be read in it. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return jsQR(pixels, image.width, image.height)?.data ?? null;
}

/** The text the QR code drawn by this element encodes (null: none readable). */
export async function decodeQrCodeOf(element: Locator): Promise<string | null> {
  return decodeQrPng(await element.screenshot({ type: 'png', animations: 'disabled' }));
}
