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
 * default: personal data only on purpose) and "Create report"; while the server works a status line says so, and
 * the latest report of the meeting is offered as a download link. Readiness and refusals are announced by the
 * module's announcements, so the form itself never moves focus.
 */
export function AttendanceReportForm({ state, messages, onCreate }: AttendanceReportFormProps) {
  const id = useId();
  const [includeEmail, setIncludeEmail] = useState(false);
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
        {state.pending ? messages.creating : ''}
      </p>
      {state.latest && (
        <p className="attendance-report__download">
          <a href={assetUrl(state.latest.assetId)} download>
            {messages.download}
          </a>
          {state.latest.includeEmail && <> {messages.withEmail}</>}
        </p>
      )}
    </form>
  );
}
