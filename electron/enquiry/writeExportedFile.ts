// Writing an export where the user chose (the shell's save dialog), durably and as UTF-8.
import type { ExportedEnquiries } from '../../shared/enquiry/channels';
import { writeFileDurably } from '../store/durableFile';
import { toEnquiryStoreError } from './enquiryStoreError';

export async function writeExportedFile(path: string, exported: ExportedEnquiries): Promise<void> {
  try {
    await writeFileDurably(path, Buffer.from(exported.text, 'utf8'));
  } catch (error) {
    throw toEnquiryStoreError(error, `writing ${path}`);
  }
}
