import type { Meeting, MeetingFile } from '../api/meetingsApi.js';
import type { Catalogue } from '../i18n/en.js';
import { type MeetingFileDeletion, MeetingFileItem } from './MeetingFileItem.js';
import type { MeetingsControlIds } from './meetingsControlIds.js';
import { meetingTime } from './meetingTime.js';

export interface MeetingListProps {
  readonly meetings: readonly Meeting[];
  readonly t: Catalogue;
  readonly locale: string;
  readonly ids: MeetingsControlIds;
  /** The time zone to show times in; the browser's when absent (tests pin it). */
  readonly timeZone?: string | undefined;
  /** The list's accessible name. */
  readonly label: string;
  /** Who may download a file of each visibility, in words for whoever reads the list. */
  readonly visibility: Readonly<Record<MeetingFile['visibility'], string>>;
  /** The owner's "Delete" of a file; without it the list is read-only (download only). */
  readonly deletionOf?: ((file: MeetingFile) => MeetingFileDeletion) | undefined;
}

/**
 * Meetings in the order given, each under a heading saying when it took place (focusable, so that focus can land there
 * after a file of it is deleted, or after older meetings were loaded), with the room's title at the time and its files.
 * Shared by the owner's "Meetings" dialog and the start page's "Past meetings".
 */
export function MeetingList({ meetings, t, locale, ids, timeZone, label, visibility, deletionOf }: MeetingListProps) {
  const m = t.meetings;
  const when = (meeting: Meeting) => {
    const time = meetingTime(meeting, locale, timeZone);
    return time.kind === 'ended' ? time.range : m.running(time.since);
  };
  return (
    <ul className="meetings" aria-label={label}>
      {meetings.map((meeting) => (
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
                  visibility={visibility[file.visibility]}
                  deletion={deletionOf?.(file)}
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
