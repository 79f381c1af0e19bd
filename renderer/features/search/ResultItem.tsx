import { memo, type KeyboardEvent } from 'react';
import type { EntryPreview } from '../../../shared/search/entryPreview';
import { todayIso } from '../../app/today';
import type { Translator } from '../../../shared/i18n/translator';
import type { SearchHit } from '../../../shared/search/types';
import { sameHighlights } from './splitHighlights';
import { kindName } from '../../app/catalogueLabels';
import { useTranslator } from '../settings/SettingsContext';
import { Highlighted } from './Highlighted';
import { focusResult, resultCount } from './resultFocus';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useNames } from '../../app/NamesContext';
import { KindIcon } from '../../app/KindIcon';
import { nextBatch } from '../../../shared/catalogue/nextBatch';

interface Props {
  hit: SearchHit;
  /**
   * The page's copy of the hit's entry, the same object from answer to answer (the hit's own is a
   * fresh copy from the worker each time): with it, an unchanged row skips rendering.
   */
  entry?: EntryPreview;
  index: number;
  onOpen(id: string): void;
  /** On the help desk: whether the row is ticked as shown to the visitor (absent on the kiosk). */
  picked?: boolean;
  onPick?(id: string): void;
}

/**
 * One result row. It renders again only when its entry, place, highlights or language change: most
 * rows of a new answer are the same as in the one before.
 */
export const ResultItem = memo(function ResultItem({ hit, entry = hit.entry, index, onOpen, picked, onPick }: Props) {
  const translator = useTranslator();
  const { highlights } = hit;
  const title = translator.choose(entry.title);
  const summary = translator.choose(entry.summary);
  const facts = keyFacts(entry, translator);
  const names = useNames();
  return (
    <li className={onPick ? 'result result-pickable' : 'result'}>
      {onPick && (
        // Beside the row's button, not inside it: a control inside a button is neither reachable nor announced.
        <input
          type="checkbox"
          className="result-pick"
          data-testid="result-pick"
          checked={picked === true}
          aria-label={translator.text.linking.pickLabel(title?.text ?? entry.id)}
          onChange={() => onPick(entry.id)}
        />
      )}
      <button
        type="button"
        className="result-button"
        data-result-index={index}
        data-entry-id={entry.id}
        onClick={() => onOpen(entry.id)}
        onKeyDown={(event) => moveFocus(event, index)}
      >
        <span className="result-main">
          <span className={`kind-badge kind-${entry.kind}`}>
            <KindIcon kind={entry.kind} size={16} />
            {kindName(entry.kind, translator.text)}
          </span>
          {title && (
            <span className="result-title" lang={title.language}>
              <Highlighted text={title.text} ranges={highlights[`title.${title.language}`]} />
            </span>
          )}
          {summary && (
            <span className="result-summary" lang={summary.language}>
              <Highlighted text={summary.text} ranges={highlights[`summary.${summary.language}`]} />
            </span>
          )}
          <span className="result-meta">
            <span title={names.labName(entry.lab)}>{entry.lab}</span>
            <span>{entry.domains.slice(0, 2).map(names.subjectArea).join(', ')}</span>
          </span>
        </span>
        {/* The fact column: the one fact a visitor asks about first, in the same place on every row. */}
        <span className="result-fact" data-testid="result-fact">
          {facts.map((fact) => (
            <span key={fact}>{fact}</span>
          ))}
        </span>
      </button>
    </li>
  );
}, sameRow);

function sameRow(previous: Props, next: Props): boolean {
  return (
    (previous.entry ?? previous.hit.entry) === (next.entry ?? next.hit.entry) &&
    previous.index === next.index &&
    previous.onOpen === next.onOpen &&
    previous.picked === next.picked &&
    previous.onPick === next.onPick &&
    sameHighlights(previous.hit.highlights, next.hit.highlights)
  );
}

function moveFocus(event: KeyboardEvent<HTMLButtonElement>, index: number): void {
  const last = resultCount() - 1;
  const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  if (target < 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
  else focusResult(Math.min(target, last));
}

/** The facts a visitor asks about first, per kind: TRL, a service's usual turnaround, funding ceiling, next batch and fee. */
function keyFacts(entry: EntryPreview, translator: Translator): string[] {
  const { text } = translator;
  switch (entry.kind) {
    case 'technology':
      return entry.trl === undefined ? [] : [text.search.trlShort(translator.number(entry.trl))];
    case 'scheme':
      return entry.maxFundingInr === undefined ? [] : [text.search.upTo(translator.rupees(entry.maxFundingInr))];
    case 'course': {
      const next = nextBatch(entry.batches, todayIso());
      const facts = next ? [text.search.nextBatch(translator.date(next.start))] : [];
      if (entry.feeInr !== undefined) facts.push(entry.feeInr === 0 ? text.results.free : text.results.feeFact(translator.rupeesExact(entry.feeInr)));
      return facts;
    }
    case 'consultancy':
      return entry.turnaroundDays === undefined ? [] : [text.search.usually(text.detail.days(translator.number(entry.turnaroundDays), entry.turnaroundDays))];
  }
}
