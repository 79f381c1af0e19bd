// A date field that reads and shows dd/mm/yyyy in both languages. The browser's own date field
// follows the browser's locale (mm/dd/yyyy under en-US, where 12/06/2026 reads in India as 12 June),
// so this is a text field with a parser: a complete date is taken as it is typed, a wrong one is
// named when the field is left, and the last good date stays in force meanwhile.
import { useId, useState } from 'react';
import type { IsoDate } from '../../shared/catalogue/entry';
import { formatNumericDate, parseNumericDate } from '../../shared/i18n/numericDate';
import { useTranslator } from '../features/settings/SettingsContext';

interface Props {
  id: string;
  label: string;
  value: IsoDate | undefined;
  onChange(value: IsoDate | undefined): void;
  /** The wrapper's class: the form it sits in lays its fields out (a filter column by default). */
  className?: string;
  /** Set by a form that found the value wrong on saving (a follow-up date before the enquiry, say). */
  invalid?: boolean;
}

export function DayFirstDateInput({ id, label, value, onChange, className = 'filter', invalid = false }: Props) {
  const { text } = useTranslator();
  const [draft, setDraft] = useState(value ? formatNumericDate(value) : '');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const hintId = useId();
  const problemId = useId();

  // A value set from outside (a removed filter chip, an address) replaces what was typed; adjusted
  // while rendering (React's pattern for state that follows a prop), not in an effect.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    // The field's own typing only ever empties the value by emptying the field: a value gone
    // otherwise (Clear filters) takes a wrong date still typed with it.
    const parsed = parseNumericDate(draft);
    if (value === undefined || !parsed.ok || parsed.iso !== value) setDraft(value ? formatNumericDate(value) : '');
    setProblem(undefined);
  }

  const take = (typed: string) => {
    setDraft(typed);
    const parsed = parseNumericDate(typed);
    if (parsed.ok) {
      setProblem(undefined);
      if (parsed.iso !== value) onChange(parsed.iso);
    } else if (parsed.problem === 'empty') {
      setProblem(undefined);
      if (value !== undefined) onChange(undefined);
    }
  };
  const check = () => {
    const parsed = parseNumericDate(draft);
    if (parsed.ok || parsed.problem === 'empty') return;
    setProblem(parsed.problem === 'format' ? text.dates.problemFormat(draft.trim()) : text.dates.problemCalendar(draft.trim()));
  };

  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={text.dates.placeholder}
        value={draft}
        aria-invalid={problem !== undefined || invalid}
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        onChange={(event) => take(event.target.value)}
        onBlur={check}
        onKeyDown={(event) => {
          if (event.key === 'Enter') check();
        }}
      />
      <span id={hintId} className="visually-hidden">
        {text.dates.hint}
      </span>
      {problem && (
        <span id={problemId} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
