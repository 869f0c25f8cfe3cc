import { type RefObject, useId, useState } from 'react';
import type { EnabledDialIn } from '../api/dialInApi.js';
import { DialInDetails } from '../dialIn/DialInDetails.js';
import { type DialInPart, invitationText, plainValueOf } from '../dialIn/dialInText.js';
import type { Catalogue } from '../i18n/en.js';
import { copyText } from '../shell/copyText.js';
import { ModalDialog } from '../shell/ModalDialog.js';

export interface MeetingDetailsDialogProps {
  readonly meetingLink: string;
  /** The room's dial-in, or null (turned off meanwhile): then only the link is shown and copied. */
  readonly dialIn: EnabledDialIn | null;
  readonly t: Catalogue;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
  /** Injected for tests; the clipboard by default. */
  readonly copy?: (text: string) => Promise<boolean>;
}

/**
 * "Meeting details" for the owner during the meeting: the meeting link, how to join by telephone (dial-in number,
 * conference number, PIN, each to copy), and "Copy invitation", which copies the link with the dial-in lines for a mail
 * or calendar entry. Outcomes are announced in the dialog's own live region: the modal makes the rest of the page
 * inert, the meeting's announcer included.
 */
export function MeetingDetailsDialog({
  meetingLink,
  dialIn,
  t,
  onClose,
  returnFocus,
  copy = copyText,
}: MeetingDetailsDialogProps) {
  const m = t.meetingDetails;
  const ids = { link: useId(), dialIn: useId() };
  const [status, setStatus] = useState('');

  const copyPart = async (part: DialInPart) => {
    const value = dialIn && plainValueOf(dialIn, part);
    if (!value) return;
    // Emptied first, so that copying again is announced again.
    setStatus('');
    setStatus((await copy(value)) ? t.dialIn.copied[part] : t.dialIn.copyFailed(value));
  };
  const copyInvitation = async () => {
    setStatus('');
    const copied = await copy(invitationText(meetingLink, dialIn, m));
    // Without a number to call the invitation is the link alone (see `invitationText`), and says so.
    setStatus(copied ? (dialIn?.dialInNumber ? m.invitationCopied : t.conference.linkCopied) : m.invitationCopyFailed);
  };

  return (
    <ModalDialog title={m.heading} closeLabel={m.close} onClose={onClose} returnFocus={returnFocus}>
      <p role="status" className="dialog-status">
        {status}
      </p>
      <div className="field">
        <label htmlFor={ids.link}>{m.linkLabel}</label>
        <input
          id={ids.link}
          type="text"
          readOnly
          value={meetingLink}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      {dialIn && (
        <section className="dialog-section" aria-labelledby={ids.dialIn}>
          <h3 id={ids.dialIn}>{m.dialInHeading}</h3>
          <DialInDetails dialIn={dialIn} words={t.dialIn} onCopy={(part) => void copyPart(part)} />
        </section>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void copyInvitation()}>
          {m.copyInvitation}
        </button>
      </div>
    </ModalDialog>
  );
}
