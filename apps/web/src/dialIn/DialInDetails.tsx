import type { EnabledDialIn } from '../api/dialInApi.js';
import type { Catalogue } from '../i18n/en.js';
import { type DialInPart, groupDigits, howToDialIn } from './dialInText.js';
import './DialInDetails.css';

export interface DialInDetailsProps {
  readonly dialIn: EnabledDialIn;
  readonly words: Catalogue['dialIn'];
  /** Copy `part` (plain digits); the caller announces the outcome in its live region. */
  readonly onCopy: (part: DialInPart) => void;
}

/**
 * What a caller needs, as a description list: the dial-in number (as the administrator wrote it), conference number
 * and PIN (grouped for reading aloud), each with a copy button whose accessible name says what it copies, and one line
 * on how to dial in. Without a configured dial-in number it says that the administrator has to set it, and still
 * shows conference number and PIN. Presentational: the dashboard dialog and the meeting details both use it.
 */
export function DialInDetails({ dialIn, words, onCopy }: DialInDetailsProps) {
  const parts: { part: DialInPart; label: string; value: string | null }[] = [
    { part: 'number', label: words.numberLabel, value: dialIn.dialInNumber },
    { part: 'conferenceNumber', label: words.conferenceNumberLabel, value: groupDigits(dialIn.conferenceNumber) },
    { part: 'pin', label: words.pinLabel, value: groupDigits(dialIn.pin) },
  ];
  return (
    <div className="dial-in">
      <dl className="dial-in__list">
        {parts.map(({ part, label, value }) =>
          value === null ? null : (
            <div key={part} className="dial-in__item" data-dial-in={part}>
              <dt>{label}</dt>
              <dd>
                <span className="dial-in__value">{value}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={words.copyLabel[part]}
                  onClick={() => onCopy(part)}
                >
                  {words.copy}
                </button>
              </dd>
            </div>
          ),
        )}
      </dl>
      {dialIn.dialInNumber === null && (
        <div className="message message--warning">
          <p>{words.numberMissing}</p>
        </div>
      )}
      <p className="dial-in__how">{howToDialIn(dialIn, words)}</p>
    </div>
  );
}
