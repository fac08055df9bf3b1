import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { NamedChoice } from './useVisitLookups';

/** One entry of the list: what it links to and, optionally, something said beside it. */
export interface PickedEntry {
  id: string;
  name: string;
  href: string;
  /** Shown between the link and the remove button, e.g. a member's role. */
  detail?: ReactNode;
}

export interface PickAndAddListProps {
  /** The section's class, for its own styling. */
  className: string;
  heading: string;
  emptyText: string;
  entries: readonly PickedEntry[];
  /** What may be picked, in the order offered. */
  choices: readonly NamedChoice[];
  pickLabel: string;
  /** Label of the add button, and accessible name of the add form. */
  addLabel: string;
  removeLabel: string;
  /** Said when the picked one is already in the list. */
  alreadyAdded: string;
  /** Further fields of the add form, after the pick (a member's role). */
  extraFields?: ReactNode;
  onAdd: (id: string) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  /** Someone is about to pick (the pointer is over the form, or focus is in it): read the choices now. */
  onIntent?: () => void;
}

/**
 * A visit's list of linked records (delegation members, partner
 * organisations): chips that link to each record with a remove button, and a
 * small form to pick another one, refusing none and one already listed.
 */
export function PickAndAddList({
  className,
  heading,
  emptyText,
  entries,
  choices,
  pickLabel,
  addLabel,
  removeLabel,
  alreadyAdded,
  extraFields,
  onAdd,
  onRemove,
  onIntent,
}: PickAndAddListProps) {
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      setProblem(t('visits.issues.required'));
      return;
    }
    if (entries.some((entry) => entry.id === picked)) {
      setProblem(alreadyAdded);
      return;
    }
    setProblem(null);
    await onAdd(picked);
    setPicked('');
  };

  return (
    <section className={className} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {entries.length === 0 ? (
        <p className="empty-state">{emptyText}</p>
      ) : (
        <ul className="chip-list" aria-labelledby={`${id}-heading`}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={entry.href}>{entry.name}</Link>
              {entry.detail}
              <button
                type="button"
                className="button quiet"
                onClick={() => void onRemove(entry.id)}
              >
                {removeLabel} <span className="visually-hidden">{entry.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => void add(event)}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        aria-label={addLabel}
      >
        <div className="field">
          <label htmlFor={`${id}-pick`}>{pickLabel}</label>
          <select
            id={`${id}-pick`}
            value={picked}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setPicked(event.target.value);
              setProblem(null);
            }}
          >
            <option value="">{t('visits.detail.choose')}</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
        </div>
        {extraFields}
        <button type="submit" className="button">
          {addLabel}
        </button>
        {problem && (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
