// The baseline: fuse.js with its default options over every text field of every visible entry,
// as one would first write it. It scans each entry's text for every keystroke.
import Fuse from 'fuse.js';
import { isEntryVisible } from '../../shared/catalogue/catalogue';
import type { BenchEngineFactory } from './benchEngine';

export const plainFuseEngine: BenchEngineFactory = {
  name: 'plain fuse.js',
  build(entries, today) {
    const visible = entries.filter((entry) => isEntryVisible(entry, today));
    const fuse = new Fuse(visible, {
      keys: ['title.en', 'title.hi', 'summary.en', 'summary.hi', 'details.en', 'details.hi', 'keywords', 'domains', 'lab'],
    });
    return { search: (text, limit) => fuse.search(text, { limit }).map((result) => result.item.id) };
  },
};
