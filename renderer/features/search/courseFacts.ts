// What a course row tells first: its next batch (the first not yet over) and its fee.
import type { DateRange } from '../../../shared/catalogue/entry';

export function nextBatch(batches: readonly DateRange[], today: string): DateRange | undefined {
  let next: DateRange | undefined;
  for (const batch of batches) if (batch.end >= today && (next === undefined || batch.start < next.start)) next = batch;
  return next;
}
