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
 * default: personal data only on purpose) and "Create report"; while the server works a status line says so and no
 * older list is offered; otherwise the latest report of the meeting is a download link named by its own time and
 * whether it lists e-mail addresses (never by the checkbox, which may have changed since). A `tooSoon` refusal is
 * said by the same status line (so screen readers announce it, once: the module makes no notice of it) and stays
 * until the next request. Readiness and other refusals are announced by the module's announcements; the form itself
 * never moves focus.
 */
export function AttendanceReportForm({ state, messages, onCreate }: AttendanceReportFormProps) {
  const id = useId();
  const [includeEmail, setIncludeEmail] = useState(false);
  /** While a new list is being made, the older one is not offered as if it were the new one. */
  const latest = state.pending ? null : state.latest;
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
      {latest && (
        <p className="attendance-report__download">
          <a href={assetUrl(latest.assetId)} download>
            {messages.download({ at: latest.createdAt, includeEmail: latest.includeEmail })}
          </a>
          {latest.includeEmail && <> {messages.withEmail}</>}
        </p>
      )}
    </form>
  );
}

/** The status line: working, refused as too soon (with the wait), or empty. */
function statusText(state: AttendanceState, messages: AttendanceMessages): string {
  if (state.pending) return messages.creating;
  return state.retryAfterSeconds === null ? '' : messages.tooSoon(state.retryAfterSeconds);
}
