// The QR code a visitor scans to take an entry away: its contact and source page (see
// ./entryQrText.ts), drawn locally as an SVG data URL. Never a link, never a file.
import { useEffect, useState } from 'react';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { qrCodeDataUrl } from '../print/qrCodeDataUrl';
import { useTranslator } from '../settings/SettingsContext';
import { entryQrText } from './entryQrText';

export function EntryQrCode({ entry, title }: { entry: CatalogueEntry; title: string }) {
  const { text } = useTranslator();
  const [dataUrl, setDataUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    qrCodeDataUrl(entryQrText(entry)).then(
      (url) => current && setDataUrl(url),
      () => current && setDataUrl(undefined),
    );
    return () => {
      current = false;
    };
  }, [entry]);
  return (
    <section className="card kiosk-qr" aria-labelledby="kiosk-qr-heading">
      <h2 id="kiosk-qr-heading">{text.kiosk.takeItAway}</h2>
      {dataUrl && <img src={dataUrl} alt={text.kiosk.qrAlt(title)} width={260} height={260} data-testid="entry-qr" />}
      <p>{text.kiosk.scanHint}</p>
    </section>
  );
}
