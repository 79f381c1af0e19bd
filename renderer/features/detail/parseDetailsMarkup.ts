// The catalogue's details markup, and nothing more: paragraphs split by a blank line, "- " list
// items, **bold**, and bare https:// links. Everything else is plain text — including anything
// that looks like HTML or another kind of link — because the result is built into React elements.
import { isAllowedExternalUrl } from '../../../shared/ipc/externalLinks';

export type Inline = { type: 'text'; text: string } | { type: 'bold'; children: Inline[] } | { type: 'link'; url: string };
export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

const LIST_ITEM = /^\s*- (.*)$/;
const BOLD = /\*\*(.+?)\*\*/g;
const LINK = /https:\/\/[^\s<>"'`]+/g;
/** Punctuation that ends a sentence rather than a link: "see https://drdo.gov.in." */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

export function parseDetailsMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let paragraph: Inline[][] = [];
    let list: Inline[][] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', lines: paragraph });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length > 0) blocks.push({ type: 'list', items: list });
      list = [];
    };
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      const item = LIST_ITEM.exec(line);
      if (item) {
        flushParagraph();
        list.push(parseInline(item[1] ?? ''));
      } else {
        flushList();
        paragraph.push(parseInline(line.trim()));
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let position = 0;
  for (const match of text.matchAll(BOLD)) {
    result.push(...parseLinks(text.slice(position, match.index)));
    result.push({ type: 'bold', children: parseLinks(match[1] ?? '') });
    position = match.index + match[0].length;
  }
  result.push(...parseLinks(text.slice(position)));
  return result;
}

function parseLinks(text: string): Inline[] {
  const result: Inline[] = [];
  let position = 0;
  for (const match of text.matchAll(LINK)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!isAllowedExternalUrl(url)) continue;
    if (match.index > position) result.push({ type: 'text', text: text.slice(position, match.index) });
    result.push({ type: 'link', url });
    position = match.index + url.length;
  }
  if (position < text.length) result.push({ type: 'text', text: text.slice(position) });
  return result;
}
