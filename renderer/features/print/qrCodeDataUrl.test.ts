import { describe, expect, it } from 'vitest';
import { qrCodeDataUrl } from './qrCodeDataUrl';

describe('qrCodeDataUrl', () => {
  it('draws an SVG of the link as a data URL', async () => {
    const url = await qrCodeDataUrl('https://drdo.gov.in/');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg[^>]*viewBox=/);
    expect(svg).toContain('<path');
  });

  it('draws different links differently', async () => {
    expect(await qrCodeDataUrl('https://drdo.gov.in/a')).not.toBe(await qrCodeDataUrl('https://drdo.gov.in/b'));
  });
});
