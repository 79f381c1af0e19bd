// Child process for the crash test in ../durableFile.test.ts: writes <path> durably, over and over,
// until it is killed. Each version is a JSON object whose `check` repeats its counter, so a torn or
// mixed file cannot pass for a good one.
import { writeFileDurably } from '../durableFile';

const path = process.argv[2];
if (!path) throw new Error('usage: durableWriterChild <path>');
const padding = 'x'.repeat(128 * 1024);
for (let counter = 0; ; counter += 1) {
  await writeFileDurably(path, JSON.stringify({ counter, padding, check: `done-${counter}` }), { keepBackup: true });
  if (counter === 0) process.stdout.write('ready\n');
}
