// Words too common to help find anything; left out of the index and of queries. A query made only
// of them ("of the") is treated as empty rather than matching every entry.
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'with',
  'का', 'की', 'के', 'को', 'में', 'से', 'पर', 'है', 'हैं', 'और', 'एवं', 'तथा', 'लिए', 'यह', 'एक',
]);
