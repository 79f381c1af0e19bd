// The save dialog for an enquiry export (desk mode only): the user picks where the CSV or JSON goes.
import { app, dialog, type BrowserWindow } from 'electron';
import { extname, join } from 'node:path';

export async function chooseEnquiryExportPath(window: BrowserWindow | undefined, suggestedFileName: string): Promise<string | undefined> {
  const extension = extname(suggestedFileName).slice(1);
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedFileName),
    filters: [extension === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return answer.canceled || answer.filePath === undefined || answer.filePath === '' ? undefined : answer.filePath;
}
