import type { Catalogue } from '../i18n/en.js';
import { MeetingList } from './MeetingList.js';
import { meetingsControlIds } from './meetingsControlIds.js';
import type { MeetingsDialogState } from './meetingsDialogState.js';
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
 * The body of the "Meetings" dialog, by state (see {@link MeetingsDialogState}): the room's meetings, newest first (see
 * {@link MeetingList}), each file with the owner's "Delete".
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
  const { asking, deleting, problem } = state;
  return (
    <MeetingList
      meetings={state.meetings}
      t={t}
      locale={locale}
      ids={ids}
      timeZone={timeZone}
      label={m.listLabel}
      visibility={m.visibility}
      deletionOf={(file) => ({
        asking: asking === file.id,
        deleting: deleting === file.id,
        problem: problem?.fileId === file.id ? problem.problem : null,
        onAsk: () => onAsk(file.id),
        onDismiss,
        onDelete: () => onDelete(file.id),
      })}
    />
  );
}
