// The enquiry log's channels as ApiHandlers: the desk app answers them from its journal; kiosk mode
// (which never opens the journal) refuses them, as do shells that cannot show a save dialog.
import type { ExportEnquiriesArgument } from '../../shared/enquiry/channels';
import type { EnquiryFileExportContract, ExportToFileOutcome } from '../../shared/enquiry/fileExportChannel';
import type { EnquiryApiContract } from '../../shared/enquiry/channels';
import type { Result } from '../../shared/ipc/result';
import type { EnquiryHandlers } from '../enquiry/handlers';
import { writeExportedFile } from '../enquiry/writeExportedFile';
import { EnquiryStoreError } from '../enquiry/enquiryStoreError';
import { HandlerError, type ApiHandlers } from './apiHandlers';

type EnquiryChannelName = keyof EnquiryApiContract | keyof EnquiryFileExportContract;
export type EnquiryApiHandlers = Pick<ApiHandlers, EnquiryChannelName>;

/** Asks the user where to save an export; undefined when they cancel. */
export type ChooseExportPath = (suggestedFileName: string) => Promise<string | undefined>;

/** A failed Result from the journal keeps its code (enquiry/disk-full…) on its way to the page. */
function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new HandlerError(result.error.code, result.error.message);
  return result.value;
}

export function createEnquiryApiHandlers(handlers: EnquiryHandlers | undefined, chooseExportPath: ChooseExportPath | undefined): EnquiryApiHandlers {
  const log = (): EnquiryHandlers => {
    if (!handlers) throw new HandlerError('unsupported', 'The enquiry log is not available here.');
    return handlers;
  };
  return {
    'enquiry:status': async () => valueOf(await log()['enquiry:status'](undefined)),
    'enquiry:list': async (filter) => valueOf(await log()['enquiry:list'](filter)),
    'enquiry:get': async (argument) => valueOf(await log()['enquiry:get'](argument)),
    'enquiry:save': async (argument) => valueOf(await log()['enquiry:save'](argument)),
    'enquiry:export': async (argument) => valueOf(await log()['enquiry:export'](argument)),
    'enquiry:import': async (argument) => valueOf(await log()['enquiry:import'](argument)),
    'enquiry:privacy': async () => valueOf(await log()['enquiry:privacy'](undefined)),
    'enquiry:findPerson': async (argument) => valueOf(await log()['enquiry:findPerson'](argument)),
    'enquiry:exportPerson': async (argument) => valueOf(await log()['enquiry:exportPerson'](argument)),
    'enquiry:erasePerson': async (argument) => valueOf(await log()['enquiry:erasePerson'](argument)),
    'enquiry:exportToFile': async (argument: ExportEnquiriesArgument): Promise<ExportToFileOutcome> => {
      if (!chooseExportPath) throw new HandlerError('unsupported', 'This window cannot show a save dialog; the page downloads the export instead.');
      const exported = valueOf(await log()['enquiry:export'](argument));
      const path = await chooseExportPath(exported.fileName);
      if (path === undefined) return { saved: false };
      try {
        await writeExportedFile(path, exported);
      } catch (error) {
        if (error instanceof EnquiryStoreError) throw new HandlerError(error.code, error.message);
        throw error;
      }
      return { saved: true, fileName: path, count: exported.count };
    },
  };
}
