// One simple line icon per kind of entry, drawn inline (no remote content, no icon font): a gear
// for technologies, a clipboard for consultancy and testing, a mortarboard for courses, a rupee
// coin for funding schemes. Decorative: the tile's text names the kind.
import type { EntryKind } from '../../../shared/catalogue/entry';

const PATHS: Record<EntryKind, string[]> = {
  technology: [
    'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z',
    'M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1',
  ],
  consultancy: ['M8 4h8v3H8z', 'M6 5.5H4.5v16h15v-16H18', 'M8 12l2.5 2.5L16 9', 'M8 18h8'],
  course: ['M2 9l10-5 10 5-10 5z', 'M6 11v5c0 1.5 3 3 6 3s6-1.5 6-3v-5', 'M21 9v6'],
  scheme: ['M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19z', 'M8.5 7.5h7M8.5 10.5h7M10.5 7.5c2.5 0 3.5 1.2 3.5 2.8s-1.5 2.9-4 2.9L14.5 17'],
};

export function KindIcon({ kind }: { kind: EntryKind }) {
  return (
    <svg className="kiosk-kind-icon" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true" focusable="false" data-kind-icon={kind}>
      {PATHS[kind].map((path) => (
        <path key={path} d={path} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
