import { type MeetingFile, meetingFilePath } from '../api/meetingsApi.js';
import type { Catalogue } from '../i18n/en.js';
import type { DashboardProblem } from './dashboardProblem.js';
import { formatFileSize } from './formatFileSize.js';
import type { MeetingsControlIds } from './meetingsControlIds.js';
import { fileKindOf } from './meetingsDialogState.js';
import { ProblemMessage } from './ProblemMessage.js';

/** The owner's "Delete" of one file: where its question stands, and what its buttons do. */
export interface MeetingFileDeletion {
  /** Its "Delete?" question is open. */
  readonly asking: boolean;
  /** It is being deleted. */
  readonly deleting: boolean;
  /** Why deleting it failed last. */
  readonly problem: DashboardProblem | null;
  readonly onAsk: () => void;
  readonly onDismiss: () => void;
  readonly onDelete: () => void;
}

export interface MeetingFileItemProps {
  readonly file: MeetingFile;
  readonly t: Catalogue;
  readonly locale: string;
  readonly ids: MeetingsControlIds;
  /** Who may download it, in words for whoever reads the list. */
  readonly visibility: string;
  /** The owner's "Delete"; without it the file can only be downloaded. */
  readonly deletion?: MeetingFileDeletion | undefined;
}

/**
 * One file of a meeting: its kind in words and its name (together the label that describes its buttons), size and who
 * may download it; "Download" (a link to the file) and, with `deletion`, "Delete", which asks first, in place. While
 * the delete runs its buttons say `aria-disabled` and ignore presses rather than being `disabled`, which would drop
 * keyboard focus.
 */
export function MeetingFileItem({ file, t, locale, ids, visibility, deletion }: MeetingFileItemProps) {
  const m = t.meetings;
  const labelId = ids.fileLabel(file.id);
  return (
    <li className="meeting-file" aria-labelledby={labelId}>
      <p id={labelId} className="meeting-file__label">
        <span className="meeting-file__kind">{m.kinds[fileKindOf(file.kind)]}</span>{' '}
        <span className="meeting-file__name">{file.filename}</span>
      </p>
      <p className="meeting-file__facts">
        <span>{formatFileSize(file.size, locale)}</span>
        <span>{visibility}</span>
      </p>
      <div className="meeting-file__actions">
        <a className="button button--small" href={meetingFilePath(file.id)} download aria-describedby={labelId}>
          {m.download}
        </a>
        {deletion && !deletion.asking && (
          <button
            id={ids.deleteButton(file.id)}
            type="button"
            className="button button--small button--danger"
            aria-describedby={labelId}
            onClick={deletion.onAsk}
          >
            {m.delete}
          </button>
        )}
      </div>
      {deletion?.asking && (
        <div className="meeting-file__confirm">
          <p id={ids.question(file.id)} tabIndex={-1}>
            {m.deleteQuestion(file.filename)}
          </p>
          {deletion.problem && <ProblemMessage problem={deletion.problem} />}
          <div className="meeting-file__actions">
            <button
              type="button"
              className="button button--small button--danger"
              aria-describedby={labelId}
              aria-disabled={deletion.deleting || undefined}
              onClick={() => !deletion.deleting && deletion.onDelete()}
            >
              {deletion.deleting ? m.deleting : m.deleteConfirm}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-describedby={labelId}
              aria-disabled={deletion.deleting || undefined}
              onClick={() => !deletion.deleting && deletion.onDismiss()}
            >
              {m.deleteCancel}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
