// The child process of erasureCrash.test.ts: opens the log in the user-data folder at argv[2]
// (with its search-miss log), erases Asha on request, and prints `erased` only once the erasure has resolved. The test kills
// it with SIGKILL at random moments.
import { openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import { openSearchMissLog } from '../../electron/reports/searchMissLog';
import { ASHA } from './personalDataFiles';

const userData = process.argv[2];
if (userData === undefined) {
  console.error('usage: eraseWriter <user-data folder>');
  process.exit(2);
}
// Wired as the desk wires it (electron/ipc/createAppHandlers.ts): the miss log is erased from too.
const log = await openEnquiryLog(userData, { deskCode: 'LKO1', otherCopies: [await openSearchMissLog(userData)] });
process.stdout.write('ready\n');
const result = await log.handlers['enquiry:erasePerson']({ email: ASHA.email });
if (!result.ok) {
  console.error(result.error.message);
  process.exit(3);
}
process.stdout.write('erased\n');
setInterval(() => undefined, 1000);
