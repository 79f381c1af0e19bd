// Entries asked for by name that are no longer offered: each says when it closed (or that it was
// withdrawn), so the help desk can tell the visitor instead of finding nothing.
import type { ClosedEntry } from '../../../shared/catalogue/closedEntries';
import { useTranslator } from '../settings/SettingsContext';

/** `hint`: what the reader is to do with it (the desk's staff by default; a kiosk's visitor reads it first-hand). */
export function ClosedNotice({ entries, hint }: { entries: ClosedEntry[]; hint?: string }) {
  const translator = useTranslator();
  const { text } = translator;
  if (entries.length === 0) return null;
  return (
    <section className="closed-notice" aria-labelledby="closed-heading" data-testid="closed-notice">
      <h3 id="closed-heading">{text.closed.heading}</h3>
      <ul>
        {entries.map((entry) => {
          const title = translator.choose(entry.title)?.text ?? entry.title.en;
          return (
            <li key={entry.id} data-entry-id={entry.id}>
              {entry.reason === 'expired' && entry.closedOn ? text.closed.closedOn(title, translator.date(entry.closedOn)) : text.closed.withdrawn(title)}
            </li>
          );
        })}
      </ul>
      <p className="hint">{hint ?? text.closed.hint}</p>
    </section>
  );
}
