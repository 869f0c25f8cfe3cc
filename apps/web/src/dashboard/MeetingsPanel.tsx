import type { Meeting } from '../api/meetingsApi.js';
import type { Catalogue } from '../i18n/en.js';
import { MeetingFileItem } from './MeetingFileItem.js';
import { meetingsControlIds } from './meetingsControlIds.js';
import type { MeetingsDialogState } from './meetingsDialogState.js';
import { meetingTime } from './meetingTime.js';
import { ProblemMessage } from './ProblemMessage.js';

export interface MeetingsPanelProps {
  readonly state: MeetingsDialogState;
  readonly t: Catalogue;
  readonly locale: string;
  /** Base of the element ids (see {@link meetingsControlIds}). */
  readonly idBase: string;
  /** The time zone to show times in; the browser's when absent (tests pin it). */
  readonly timeZone?: string | undefined;
  readonly onRetry: () => void;
  readonly onAsk: (fileId: string) => void;
  readonly onDismiss: () => void;
  readonly onDelete: (fileId: string) => void;
}

/**
 * The body of the "Meetings" dialog, by state (see {@link MeetingsDialogState}): a list of the room's meetings, newest
 * first, each under a heading saying when it took place (focusable, so that focus can land there after a file of it
 * is deleted), with the room's title at the time and its files.
 */
export function MeetingsPanel({
  state,
  t,
  locale,
  idBase,
  timeZone,
  onRetry,
  onAsk,
  onDismiss,
  onDelete,
}: MeetingsPanelProps) {
  const m = t.meetings;
  const ids = meetingsControlIds(idBase);
  if (state.phase === 'loading') return <p className="loading">{m.loading}</p>;
  if (state.phase === 'failed') {
    return (
      <>
        <ProblemMessage problem={state.problem} text={state.problem === 'other' ? m.loadFailed : undefined} />
        <button type="button" className="button button--small" onClick={onRetry}>
          {m.retry}
        </button>
      </>
    );
  }
  if (state.meetings.length === 0) return <p>{m.empty}</p>;

  const when = (meeting: Meeting) => {
    const time = meetingTime(meeting, locale, timeZone);
    return time.kind === 'ended' ? time.range : m.running(time.since);
  };

  return (
    <ul className="meetings" aria-label={m.listLabel}>
      {state.meetings.map((meeting) => (
        <li key={meeting.id} className="meeting" aria-labelledby={ids.meeting(meeting.id)}>
          <h3 id={ids.meeting(meeting.id)} className="meeting__when" tabIndex={-1}>
            {when(meeting)}
          </h3>
          <p className="meeting__title">{m.titleThen(meeting.title || t.dashboard.untitled)}</p>
          {meeting.assets.length === 0 ? (
            <p className="meeting__none">{m.noFiles}</p>
          ) : (
            <ul className="meeting-files" aria-label={m.filesLabel}>
              {meeting.assets.map((file) => (
                <MeetingFileItem
                  key={file.id}
                  file={file}
                  t={t}
                  locale={locale}
                  ids={ids}
                  asking={state.asking === file.id}
                  deleting={state.deleting === file.id}
                  problem={state.problem?.fileId === file.id ? state.problem.problem : null}
                  onAsk={() => onAsk(file.id)}
                  onDismiss={onDismiss}
                  onDelete={() => onDelete(file.id)}
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
