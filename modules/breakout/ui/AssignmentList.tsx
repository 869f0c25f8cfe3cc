import type { ParticipantInfo } from '@plenum/module-core/protocol';

export interface RoomChoice {
  /** '' stands for the main room. */
  readonly value: string;
  readonly label: string;
}

export interface AssignmentListProps {
  /** The people to place, in roster order. */
  readonly people: readonly ParticipantInfo[];
  /** The main room first, then every room. */
  readonly choices: readonly RoomChoice[];
  /** The chosen value for a person ('' for the main room). */
  readonly chosenFor: (participantId: string) => string;
  readonly onChange: (participantId: ParticipantInfo['id'], value: string) => void;
  /** "Room for Bob": the accessible name of each choice. */
  readonly labelFor: (name: string) => string;
}

/** One labelled room choice per person (a native select: keyboard and screen readers know it). */
export function AssignmentList({ people, choices, chosenFor, onChange, labelFor }: AssignmentListProps) {
  return (
    <ul className="breakout-assignments">
      {people.map((p) => {
        const id = `breakout-assign-${p.id}`;
        return (
          <li key={p.id} className="breakout-assignments__item">
            <label htmlFor={id} className="breakout-assignments__name">
              <span className="visually-hidden">{labelFor(p.displayName)}</span>
              <span aria-hidden="true">{p.displayName}</span>
            </label>
            <select id={id} value={chosenFor(p.id)} onChange={(e) => onChange(p.id, e.currentTarget.value)}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
