import { memo } from 'react';
import type { HighlightRange } from '../../../shared/search/types';
import { sameRanges, splitHighlights } from './splitHighlights';

interface Props {
  text: string;
  ranges: readonly HighlightRange[] | undefined;
}

/** A text with its matched pieces in <mark>; renders again only when the text or its ranges change. */
export const Highlighted = memo(
  function Highlighted({ text, ranges }: Props) {
    return (
      <>
        {splitHighlights(text, ranges).map((piece, index) => (piece.matched ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
      </>
    );
  },
  (previous, next) => previous.text === next.text && sameRanges(previous.ranges, next.ranges),
);
