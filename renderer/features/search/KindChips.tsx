import { memo } from 'react';
import type { EntryKind } from '../../../shared/catalogue/entry';
import { KINDS, kindPluralName } from '../../app/catalogueLabels';
import { useTranslator } from '../settings/SettingsContext';
import { sameCounts } from './sameCounts';
import type { KindChoice } from './searchState';

interface Props {
  value: KindChoice;
  counts: Record<EntryKind, number> | undefined;
  onChange(kind: KindChoice): void;
}

/**
 * One chip per kind with its count, plus "All"; counts ignore the kind choice so every chip says what
 * it would show. Renders again only when the choice or a count changes.
 */
export const KindChips = memo(function KindChips({ value, counts, onChange }: Props) {
  const translator = useTranslator();
  const { text } = translator;
  const total = counts ? KINDS.reduce((sum, kind) => sum + counts[kind], 0) : undefined;
  const chips: { kind: KindChoice; name: string; count: number | undefined }[] = [
    { kind: 'all', name: text.search.allKinds, count: total },
    ...KINDS.map((kind) => ({ kind, name: kindPluralName(kind, text), count: counts?.[kind] })),
  ];
  return (
    <div className="kind-chips" role="group" aria-label={text.search.kindTabsLabel}>
      {chips.map((chip) => (
        <button
          key={chip.kind}
          type="button"
          className="chip"
          aria-pressed={value === chip.kind}
          data-kind={chip.kind}
          onClick={() => onChange(chip.kind)}
        >
          <span>{chip.name}</span>
          {chip.count !== undefined && <span className="chip-count">{translator.number(chip.count)}</span>}
        </button>
      ))}
    </div>
  );
}, sameChips);

function sameChips(previous: Props, next: Props): boolean {
  return previous.value === next.value && previous.onChange === next.onChange && sameCounts(previous.counts, next.counts);
}
