// The child process of retentionCrash.test.ts: starts the desk's enquiry log (with its search-miss
// log, as the desk wires them) in the user-data folder at argv[2] at the time argv[3], so that the
// retention sweep at start erases every enquiry past its period; prints `opening` before and
// `opened` once the sweep has finished. The test kills it with SIGKILL at random moments.
import { openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import { openSearchMissLog } from '../../electron/reports/searchMissLog';
import { RETENTION_DAYS } from './retentionSetUp';

const [userData, now] = process.argv.slice(2);
if (userData === undefined || now === undefined) {
  console.error('usage: retentionWriter <user-data folder> <now as ISO time>');
  process.exit(2);
}
const misses = await openSearchMissLog(userData);
process.stdout.write('opening\n');
await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => new Date(now), retentionDays: RETENTION_DAYS, otherCopies: [misses] });
process.stdout.write('opened\n');
setInterval(() => undefined, 1000);
