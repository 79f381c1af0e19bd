// Courses as a table: a visitor asking "what runs next month, and for how much?" reads the next
// batch, duration, mode, fee and seats of every course at once, without opening each one.
import { memo } from 'react';
import type { SearchHit } from '../../../shared/search/types';
import { todayIso } from '../../app/today';
import { useTranslator } from '../settings/SettingsContext';
import { nextBatch } from '../../../shared/catalogue/nextBatch';
import { Highlighted } from './Highlighted';

interface Props {
  hits: SearchHit[];
  onOpen(id: string): void;
  picked: ReadonlySet<string>;
  onPick(id: string): void;
}

export const CourseTable = memo(function CourseTable({ hits, onOpen, picked, onPick }: Props) {
  const translator = useTranslator();
  const { text } = translator;
  const today = todayIso();
  const modeNames = { 'in-person': text.catalogue.modeInPerson, online: text.catalogue.modeOnline, blended: text.catalogue.modeBlended };
  return (
    <div className="table-scroll">
      <table className="course-table" data-testid="course-table">
        <caption className="visually-hidden">{text.results.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.linking.columnShown}</th>
            <th scope="col">{text.results.columnCourse}</th>
            <th scope="col">{text.results.columnNextBatch}</th>
            <th scope="col">{text.results.columnDuration}</th>
            <th scope="col">{text.results.columnMode}</th>
            <th scope="col">{text.results.columnFee}</th>
            <th scope="col">{text.results.columnSeats}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((hit) => {
            const entry = hit.entry;
            if (entry.kind !== 'course') return null;
            const title = translator.choose(entry.title);
            const next = nextBatch(entry.batches, today);
            return (
              <tr key={entry.id} data-entry-id={entry.id}>
                <td>
                  <input
                    type="checkbox"
                    data-testid="result-pick"
                    checked={picked.has(entry.id)}
                    aria-label={text.linking.pickLabel(title?.text ?? entry.id)}
                    onChange={() => onPick(entry.id)}
                  />
                </td>
                <th scope="row">
                  <button type="button" className="button-link course-table-title" onClick={() => onOpen(entry.id)} lang={title?.language}>
                    {title && <Highlighted text={title.text} ranges={hit.highlights[`title.${title.language}`]} />}
                  </button>
                </th>
                <td data-column="next-batch">{next ? translator.date(next.start) : text.results.noBatch}</td>
                <td>{text.detail.calendarDays(translator.number(entry.durationDays), entry.durationDays)}</td>
                <td>{modeNames[entry.mode]}</td>
                <td data-column="fee">{entry.feeInr === undefined ? text.results.notGiven : entry.feeInr === 0 ? text.detail.free : translator.rupeesExact(entry.feeInr)}</td>
                <td>{entry.seats === undefined ? text.results.notGiven : translator.number(entry.seats)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
