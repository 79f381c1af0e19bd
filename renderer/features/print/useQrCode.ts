// A QR code of a link, as an image address, drawn once the link is known.
import { useEffect, useState } from 'react';
import { qrCodeDataUrl } from './qrCodeDataUrl';

export function useQrCode(url: string | undefined): string | undefined {
  const [dataUrl, setDataUrl] = useState<{ url: string; image: string } | undefined>(undefined);
  useEffect(() => {
    if (!url) return;
    let current = true;
    void qrCodeDataUrl(url).then((image) => {
      if (current) setDataUrl({ url, image });
    });
    return () => {
      current = false;
    };
  }, [url]);
  return dataUrl !== undefined && dataUrl.url === url ? dataUrl.image : undefined;
}
