// The status bar's slots, left to right. A feature that has something to say in the status bar
// (the sync status panel, kiosk mode) adds its component here.
import type { ComponentType } from 'react';
import { useCatalogue } from '../../app/CatalogueContext';
import { useTranslator } from '../settings/SettingsContext';
import { useOnline } from './useOnline';
import { useClosedEntries } from '../search/useClosedEntries';
import { SyncStatusItem } from '../sync/SyncStatusItem';
import { FollowUpsDueItem } from '../reports/FollowUpsDueItem';

function CatalogueVersion() {
  const { catalogue } = useCatalogue();
  const translator = useTranslator();
  if (catalogue.status !== 'ready') return null;
  const { info } = catalogue;
  return (
    <span data-testid="catalogue-version">
      {translator.text.status.catalogueVersion(translator.number(info.version), translator.date(info.issuedAt))}
      {info.asOf && <> ({translator.text.status.asOf(translator.date(info.asOf))})</>}
    </span>
  );
}

/** The entries offered (what All counts), and apart from them those closed or withdrawn. */
function EntryCount() {
  const { catalogue } = useCatalogue();
  const closed = useClosedEntries();
  const translator = useTranslator();
  if (catalogue.status !== 'ready' || closed === undefined) return null;
  const count = catalogue.info.entryCount - closed.length;
  return (
    <span data-testid="entry-count">
      {translator.text.status.entryCount(translator.number(count), count)}
      {closed.length > 0 && <> ({translator.text.closed.statusClosed(translator.number(closed.length))})</>}
    </span>
  );
}

function OnlineState() {
  const online = useOnline();
  const { text } = useTranslator();
  return <span className={online ? 'online' : 'offline'}>{online ? text.status.online : text.status.offline}</span>;
}

function SampleDataNotice() {
  const { text } = useTranslator();
  return (
    <span className="sample-notice" title={text.app.sampleNotice}>
      {text.app.sampleNotice}
    </span>
  );
}

export const STATUS_ITEMS: { key: string; Component: ComponentType }[] = [
  { key: 'catalogue', Component: CatalogueVersion },
  { key: 'entries', Component: EntryCount },
  { key: 'online', Component: OnlineState },
  { key: 'sync', Component: SyncStatusItem },
  { key: 'followUps', Component: FollowUpsDueItem },
  { key: 'sample', Component: SampleDataNotice },
];
