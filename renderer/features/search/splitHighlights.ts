// Cuts a text into plain and matched pieces from the engine's highlight ranges. The pieces are
// rendered as text nodes (matched ones inside <mark>), so catalogue text is never read as HTML.
import type { HighlightRange } from '../../../shared/search/types';

export interface TextPiece {
  text: string;
  matched: boolean;
}

export function splitHighlights(text: string, ranges: readonly HighlightRange[] | undefined): TextPiece[] {
  const usable = (ranges ?? [])
    .map((range) => ({ start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let position = 0;
  for (const range of usable) {
    const start = Math.max(range.start, position);
    if (range.end <= start) continue;
    if (start > position) pieces.push({ text: text.slice(position, start), matched: false });
    pieces.push({ text: text.slice(start, range.end), matched: true });
    position = range.end;
  }
  if (position < text.length || pieces.length === 0) pieces.push({ text: text.slice(position), matched: false });
  return pieces;
}

/** True when two hits mark the same ranges in every field: a row whose highlights did not change need not render again. */
export function sameHighlights(
  first: Partial<Record<string, readonly HighlightRange[]>>,
  second: Partial<Record<string, readonly HighlightRange[]>>,
): boolean {
  if (first === second) return true;
  const fields = Object.keys(first);
  if (fields.length !== Object.keys(second).length) return false;
  return fields.every((field) => sameRanges(first[field], second[field]));
}

export function sameRanges(first: readonly HighlightRange[] | undefined, second: readonly HighlightRange[] | undefined): boolean {
  if (first === second) return true;
  if (!first || !second || first.length !== second.length) return false;
  return first.every((range, index) => range.start === second[index]!.start && range.end === second[index]!.end);
}
