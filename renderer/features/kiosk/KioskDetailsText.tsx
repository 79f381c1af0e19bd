// An entry's details in the kiosk: the help desk's markup, but a link is shown as its address in
// plain text (a kiosk has nowhere to open it; the QR code carries the source page).
import { parseDetailsMarkup, type Inline } from '../detail/parseDetailsMarkup';

export function KioskDetailsText({ source }: { source: string }) {
  return (
    <div className="details-markup">
      {parseDetailsMarkup(source).map((block, index) =>
        block.type === 'list' ? (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inlines inlines={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {block.lines.map((line, lineIndex) => (
              <span key={lineIndex}>
                {lineIndex > 0 && <br />}
                <Inlines inlines={line} />
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) => {
        if (inline.type === 'text') return <span key={index}>{inline.text}</span>;
        if (inline.type === 'link') return <span key={index} className="kiosk-address">{inline.url}</span>;
        return (
          <strong key={index}>
            <Inlines inlines={inline.children} />
          </strong>
        );
      })}
    </>
  );
}
