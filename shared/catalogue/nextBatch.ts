// A course's next batch: the first one not yet over, whatever order the spreadsheet lists them in.
import type { DateRange } from './entry';

export function nextBatch(batches: readonly DateRange[], today: string): DateRange | undefined {
  let next: DateRange | undefined;
  for (const batch of batches) if (batch.end >= today && (next === undefined || batch.start < next.start)) next = batch;
  return next;
}
