// The report channels: their signatures and the runtime schemas of their arguments. Desk only, like
// the enquiry log's: the kiosk allow-list (../kiosk/kioskChannels.ts) does not name them, and kiosk
// mode registers no handler that could answer them, so a kiosk can neither read a report nor
// record a search miss.
import { z } from 'zod';
import { isoDateSchema } from '../catalogue/entry';
import type { EnquiryReport, ReportRequest } from './enquiryReport';
import { daysBetweenInclusive, REPORT_GROUPINGS } from './reportPeriods';

/** Ten years of weeks is 522 bars: more than a chart can show, and the cap bounds the work. */
export const MAX_REPORT_DAYS = 3_660;

export const buildReportArgumentSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    grouping: z.enum(REPORT_GROUPINGS),
    today: isoDateSchema,
    topEntries: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .refine((argument) => argument.from <= argument.to, { message: '"from" must not be after "to"', path: ['to'] })
  .refine((argument) => argument.from > argument.to || daysBetweenInclusive(argument.from, argument.to) <= MAX_REPORT_DAYS, {
    message: `a report covers at most ${MAX_REPORT_DAYS} days`,
    path: ['to'],
  });

/** The raw text searched for; the host normalises it and decides whether to keep it (./searchMisses.ts). */
export const recordSearchMissArgumentSchema = z.object({ query: z.string().max(500) }).strict();

/** A report's CSV, made by the page from the counts it shows (no personal data), and the file name it suggests. */
export const saveReportCsvArgumentSchema = z
  .object({
    fileName: z.string().regex(/^report-[a-z0-9-]{1,100}\.csv$/, 'must be report-….csv, of lowercase letters, digits and "-"'),
    text: z.string().max(10_000_000),
  })
  .strict();
export type SaveReportCsvArgument = z.infer<typeof saveReportCsvArgumentSchema>;

export interface ReportApiContract {
  /** Computed in the host next to the journal: the page gets the counts, not the enquiries. */
  'reports:build': (argument: ReportRequest) => EnquiryReport;
  /** A desk search that settled with no result. `recorded: false` when the query was not kept (empty, or it looked like personal data). */
  'searchMiss:record': (argument: { query: string }) => { recorded: boolean };
  /** The desktop shell only: asks where to save (the system's save dialog) and writes the file; `saved: false` when cancelled. */
  'reports:saveCsv': (argument: SaveReportCsvArgument) => { saved: true; fileName: string } | { saved: false };
}

export const reportChannelSchemas = {
  'reports:build': buildReportArgumentSchema,
  'searchMiss:record': recordSearchMissArgumentSchema,
  'reports:saveCsv': saveReportCsvArgumentSchema,
} satisfies { [C in keyof ReportApiContract]: z.ZodType<Parameters<ReportApiContract[C]>[0]> };
