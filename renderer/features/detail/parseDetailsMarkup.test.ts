import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDetailsMarkup, parseInline, type Inline } from './parseDetailsMarkup';

describe('parseDetailsMarkup', () => {
  it('splits paragraphs at blank lines and gathers "- " items into lists', () => {
    const blocks = parseDetailsMarkup('First paragraph\nsecond line\n\n- one\n- **two**\n\nLast');
    expect(blocks).toEqual([
      { type: 'paragraph', lines: [[{ type: 'text', text: 'First paragraph' }], [{ type: 'text', text: 'second line' }]] },
      { type: 'list', items: [[{ type: 'text', text: 'one' }], [{ type: 'bold', children: [{ type: 'text', text: 'two' }] }]] },
      { type: 'paragraph', lines: [[{ type: 'text', text: 'Last' }]] },
    ]);
  });

  it('reads CRLF line ends like LF', () => {
    expect(parseDetailsMarkup('a\r\n\r\nb')).toHaveLength(2);
  });
});

describe('parseInline', () => {
  it('finds https links and leaves sentence punctuation outside them', () => {
    expect(parseInline('See https://drdo.gov.in/tot. Then call.')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', url: 'https://drdo.gov.in/tot' },
      { type: 'text', text: '. Then call.' },
    ]);
  });

  it('keeps javascript:, http: and HTML as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)> javascript:alert(1) http://example.com <a href="javascript:alert(2)">x</a>';
    expect(parseInline(hostile)).toEqual([{ type: 'text', text: hostile }]);
  });

  it('does not make a link of an https address that hides credentials', () => {
    expect(parseInline('https://drdo.gov.in@evil.example/')).toEqual([{ type: 'text', text: 'https://drdo.gov.in@evil.example/' }]);
  });

  it('never loses or invents text', () => {
    const flatten = (inlines: Inline[]): string =>
      inlines.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'link' ? inline.url : `**${flatten(inline.children)}**`)).join('');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(flatten(parseInline(text))).toBe(text);
      }),
    );
  });
});
