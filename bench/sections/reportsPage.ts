// The Reports page as a supervisor meets it (issue 14, item 9: "report drawn ≤ 500 ms"): the built
// renderer in Debian's headless shell, through the browser host, over the benchmark's journal. Per
// run, from the moment the address changes to #/reports (the page's own chunk already loaded by a
// first, untimed run) until the frame after the report's charts and tables are in the page: the
// request, reports:build in the host, the answer's trip, React's render and the paint.
import { chromium } from '@playwright/test';
import { browserBenchUnavailable, CHROMIUM_ARGS, HEADLESS_SHELL, startHost } from './browserHost';

const DRAW_TIMEOUT_MS = 60_000;

/** Runs in the page: leaves the Reports page, opens it again and resolves with the time to its drawn report. */
const DRAW_REPORTS = `async (timeout) => {
  const until = (ready) => new Promise((resolve, reject) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); clearTimeout(timer); resolve(); } });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the Reports page drew no report within ' + timeout + ' ms')); }, timeout);
    observer.observe(document.body, { childList: true, subtree: true });
  });
  location.hash = '#/search';
  await until(() => document.querySelector('.reports-page') === null);
  const start = performance.now();
  location.hash = '#/reports';
  await until(() => document.querySelector('[data-testid="report"] svg') !== null);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}`;

/** Why the page cannot be timed here, or undefined when it can. */
export const reportsPageUnavailable = (): string | undefined => browserBenchUnavailable([HEADLESS_SHELL]);

/** Times of `runs` openings of the Reports page over the journal in `dataFolder`, ascending. */
export async function timeReportsPage(catalogueFolder: string, dataFolder: string, runs: number): Promise<number[]> {
  const host = await startHost(catalogueFolder, dataFolder);
  const browser = await chromium.launch({ executablePath: HEADLESS_SHELL.executable, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(host.url);
    await page.getByRole('searchbox').waitFor({ timeout: DRAW_TIMEOUT_MS });
    const times: number[] = [];
    for (let run = -1; run < runs; run++) {
      const time = (await page.evaluate(`(${DRAW_REPORTS})(${DRAW_TIMEOUT_MS})`)) as number;
      if (run >= 0) times.push(time);
    }
    return times.sort((a, b) => a - b);
  } finally {
    await browser.close();
    host.stop();
  }
}
