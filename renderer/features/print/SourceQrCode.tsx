// A printed entry's source link as a QR code with the link written under it, for a visitor to scan
// or type later.
import { useQrCode } from './useQrCode';

interface Props {
  url: string;
  className: string;
  caption: string;
  alternative: string;
  size: number;
}

export function SourceQrCode({ url, className, caption, alternative, size }: Props) {
  const qrCode = useQrCode(url);
  return (
    <figure className={className}>
      {qrCode && <img src={qrCode} alt={alternative} width={size} height={size} />}
      <figcaption>
        {caption}
        <br />
        <span className="print-url">{url}</span>
      </figcaption>
    </figure>
  );
}
