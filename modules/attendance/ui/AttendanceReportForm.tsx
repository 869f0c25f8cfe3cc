import { CheckboxOption } from '@plenum/client-kit/ui';
import { type FormEvent, useId, useState } from 'react';
import { type AttendanceState, assetUrl } from '../client/attendanceReducer.js';
import type { AttendanceMessages } from './attendanceMessages.js';

export interface AttendanceReportFormProps {
  readonly state: AttendanceState;
  readonly messages: AttendanceMessages;
  readonly onCreate: (includeEmail: boolean) => void;
}

/**
 * The moderators' attendance report: a form named after its heading with "Include e-mail addresses" (off by
 * default: personal data only on purpose, and off again once a list was made, so that each list with addresses is
 * asked for on its own; a refused request keeps it) and "Create report"; while the server works a status line says so. The
 * reports made in this meeting are a list of download links, newest first, each named by its own time (with seconds)
 * and whether it lists e-mail addresses (never by the checkbox, which may have changed since), so that a list with
 * and one without addresses stand side by side. A `tooSoon` refusal is said by the same status line (so screen
 * readers announce it, once: the module makes no notice of it) and stays until the next request. Readiness and other
 * refusals are announced by the module's announcements; the form itself never moves focus.
 */
export function AttendanceReportForm({ state, messages, onCreate }: AttendanceReportFormProps) {
  const id = useId();
  const [includeEmail, setIncludeEmail] = useState(false);
  const newest = state.reports[0]?.assetId;
  const [seenNewest, setSeenNewest] = useState(newest);
  if (newest !== seenNewest) {
    // A list was made (announced to every moderator): the next one is without addresses unless asked for again.
    setSeenNewest(newest);
    setIncludeEmail(false);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate(includeEmail);
  };
  return (
    <form className="attendance-report" aria-label={messages.heading} onSubmit={submit}>
      <CheckboxOption
        id={`${id}-email`}
        label={messages.includeEmail}
        checked={includeEmail}
        onChange={setIncludeEmail}
      />
      <button type="submit" className="button button--small">
        {messages.create}
      </button>
      <p role="status" className="attendance-report__status">
        {statusText(state, messages)}
      </p>
      {state.reports.length > 0 && (
        <ul className="attendance-report__files" aria-label={messages.reports}>
          {state.reports.map((file) => (
            <li key={file.assetId}>
              <a href={assetUrl(file.assetId)} download>
                {messages.download({ at: file.createdAt, includeEmail: file.includeEmail })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {state.reports.some((file) => file.includeEmail) && (
        <p className="attendance-report__privacy">{messages.withEmail}</p>
      )}
    </form>
  );
}

/** The status line: working, refused as too soon (with the wait), or empty. */
function statusText(state: AttendanceState, messages: AttendanceMessages): string {
  if (state.pending) return messages.creating;
  return state.retryAfterSeconds === null ? '' : messages.tooSoon(state.retryAfterSeconds);
}
