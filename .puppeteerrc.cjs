// pa11y brings puppeteer, whose install would download a browser: there is no internet here or in
// CI, and the e2e suite drives Debian's Chromium instead (executablePath).
module.exports = { skipDownload: true };
