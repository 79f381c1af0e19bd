// A small line icon per kind of entry, drawn inline (no remote content, no icon font): a chip for
// technologies, a clipboard with a tick for consultancy and testing, a book for courses, a rupee
// coin for funding schemes. Decorative: the text beside it names the kind. The one drawing of each
// kind across the product: the desk's result rows and the kiosk's tiles draw it at their own sizes.
import type { EntryKind } from '../../shared/catalogue/entry';

const PATHS: Record<EntryKind, string[]> = {
  technology: ['M7 7h10v10H7z', 'M10 10h4v4h-4z', 'M9.5 3v4M14.5 3v4M9.5 17v4M14.5 17v4M3 9.5h4M3 14.5h4M17 9.5h4M17 14.5h4'],
  consultancy: ['M9 3.5h6v3H9z', 'M7 5H5v16h14V5h-2', 'M8.5 13l2.5 2.5 4.5-5'],
  course: ['M3 5.5c3-1 6-1 9 1 3-2 6-2 9-1v13c-3-1-6-1-9 1-3-2-6-2-9-1z', 'M12 6.5v13'],
  scheme: ['M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19z', 'M8.5 7.5h7M8.5 10.5h7M10.5 7.5c2.5 0 3.5 1.2 3.5 2.8s-1.5 2.9-4 2.9l4.5 3.8'],
};

export function KindIcon({ kind, size = 20, className = 'kind-icon' }: { kind: EntryKind; size?: number; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" data-kind-icon={kind}>
      {PATHS[kind].map((path) => (
        <path key={path} d={path} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
