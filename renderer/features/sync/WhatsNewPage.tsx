// What's new: the entries the last update added, changed and withdrew. Added and changed ones open
// their detail; withdrawn ones are shown by title only (they are no longer in the catalogue).
import { useEffect, useId, useRef, useState } from 'react';
import type { WhatsNewEntry, WhatsNewView } from '../../../shared/sync/channels';
import type { FieldChange } from '../../../shared/sync/entryFieldDiff';
import { useApi } from '../../api/ApiContext';
import { useCatalogue } from '../../app/CatalogueContext';
import { useNavigation } from '../../app/navigation';
import { useTranslator } from '../settings/SettingsContext';

type Loaded = { status: 'loading' } | { status: 'ready'; news: WhatsNewView | null } | { status: 'failed'; message: string };

export function WhatsNewPage() {
  const api = useApi();
  const { catalogue } = useCatalogue();
  const translator = useTranslator();
  const { text } = translator;
  const { back } = useNavigation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const version = catalogue.status === 'ready' ? catalogue.info.version : undefined;
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    let current = true;
    void api['sync:whatsNew'](undefined).then((result) => {
      if (current) setLoaded(result.ok ? { status: 'ready', news: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, version]);
  return (
    <div className="sync-page whats-new" data-testid="whats-new">
      <button type="button" className="button back-button" onClick={back}>
        ← {text.app.back} <kbd>Esc</kbd>
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {text.sync.whatsNewTitle}
      </h1>
      {loaded.status === 'failed' && <p className="hint">{text.sync.notAvailable}</p>}
      {loaded.status === 'ready' && !loaded.news && <p className="hint">{text.sync.noUpdateYet}</p>}
      {loaded.status === 'ready' && loaded.news && (
        <>
          <p data-testid="whats-new-version">{text.sync.whatsNewVersion(translator.number(loaded.news.version), translator.date(loaded.news.installedAt))}</p>
          <ChangeGroup heading={text.sync.added} entries={loaded.news.added} testId="whats-new-added" openable />
          <ChangeGroup heading={text.sync.updated} entries={loaded.news.updated} testId="whats-new-updated" openable />
          <ChangeGroup heading={text.sync.withdrawn} entries={loaded.news.withdrawn} testId="whats-new-withdrawn" openable={false} note={text.sync.withdrawnNote} />
        </>
      )}
    </div>
  );
}

function ChangeGroup({ heading, entries, testId, openable, note }: { heading: string; entries: WhatsNewEntry[]; testId: string; openable: boolean; note?: string }) {
  const translator = useTranslator();
  const { open } = useNavigation();
  const id = useId();
  return (
    <section className="card sync-card" aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="section-heading">
        {heading} ({translator.number(entries.length)})
      </h2>
      {note && entries.length > 0 && <p className="hint">{note}</p>}
      {entries.length === 0 ? (
        <p className="hint">{translator.text.sync.noneInGroup}</p>
      ) : (
        <ul className="plain-list sync-change-list">
          {entries.map((entry) => {
            const title = translator.choose(entry.title) ?? { text: entry.id, language: 'en' as const };
            return (
              <li key={entry.id}>
                {openable ? (
                  <button type="button" className="button-link" lang={title.language} onClick={() => open({ view: 'detail', id: entry.id })}>
                    {title.text}
                  </button>
                ) : (
                  <span lang={title.language}>{title.text}</span>
                )}
                {entry.changes && entry.changes.length > 0 && <FieldChanges title={title.text} changes={entry.changes} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Old beside new for each changed field; the values are catalogue text, shown as plain text. */
function FieldChanges({ title, changes }: { title: string; changes: FieldChange[] }) {
  const { text } = useTranslator();
  return (
    <table className="sync-field-changes" data-testid="whats-new-field-changes">
      <caption className="visually-hidden">{text.sync.changedFields(title)}</caption>
      <thead>
        <tr>
          <th scope="col">{text.sync.fieldColumn}</th>
          <th scope="col">{text.sync.beforeColumn}</th>
          <th scope="col">{text.sync.afterColumn}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} data-field={change.field}>
            <th scope="row" lang="en">
              <code>{change.field}</code>
            </th>
            <td className="sync-field-before">{change.before ?? text.sync.notSet}</td>
            <td className="sync-field-after">{change.after ?? text.sync.notSet}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
