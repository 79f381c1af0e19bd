import type { Block, Inline } from './parseDetailsMarkup';
import { parseDetailsMarkup } from './parseDetailsMarkup';
import { ExternalLink } from './ExternalLink';

export function DetailsMarkup({ source }: { source: string }) {
  return (
    <div className="details-markup">
      {parseDetailsMarkup(source).map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.type === 'list')
    return (
      <ul>
        {block.items.map((item, index) => (
          <li key={index}>
            <Inlines inlines={item} />
          </li>
        ))}
      </ul>
    );
  return (
    <p>
      {block.lines.map((line, index) => (
        <span key={index}>
          {index > 0 && <br />}
          <Inlines inlines={line} />
        </span>
      ))}
    </p>
  );
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) => {
        if (inline.type === 'text') return <span key={index}>{inline.text}</span>;
        if (inline.type === 'link') return <ExternalLink key={index} url={inline.url} />;
        return (
          <strong key={index}>
            <Inlines inlines={inline.children} />
          </strong>
        );
      })}
    </>
  );
}
