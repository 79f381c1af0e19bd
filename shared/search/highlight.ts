// Highlight ranges over the original (unnormalised) text: the text is tokenised again with
// offsets, and every word whose normalised form was matched is marked.
import { tokenise } from './tokenise';
import type { HighlightRange } from './types';

export interface HighlightTerms {
  terms: ReadonlySet<string>;
  prefixes: readonly string[];
}

export function highlightRanges(text: string | undefined, wanted: HighlightTerms): HighlightRange[] {
  if (text === undefined || text.length === 0) return [];
  const ranges: HighlightRange[] = [];
  for (const token of tokenise(text)) {
    if (wanted.terms.has(token.term) || wanted.prefixes.some((prefix) => token.term.startsWith(prefix))) {
      ranges.push({ start: token.start, end: token.end });
    }
  }
  return ranges;
}
