import type { HighlightRange } from '../../../shared/search/types';
import { splitHighlights } from './splitHighlights';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] | undefined }) {
  return (
    <>
      {splitHighlights(text, ranges).map((piece, index) => (piece.matched ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </>
  );
}
