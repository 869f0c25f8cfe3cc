import { useEffect, useId, useRef, useState } from 'react';
import type { GuestLink } from '../api/guestLinksApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDateTime } from './formatDateTime.js';

export interface GuestLinkItemProps {
  readonly link: GuestLink;
  readonly onCopy: (link: GuestLink) => void;
  /** Resolves to whether the link was revoked. */
  readonly onRevoke: (link: GuestLink) => Promise<boolean>;
}

/**
 * One guest link: label, state, uses and expiry; an active link can be copied or revoked. Revoking asks first, in
 * place (a second modal on top of the dialog would fight over focus), and focus moves to the question and back.
 */
export function GuestLinkItem({ link, onCopy, onRevoke }: GuestLinkItemProps) {
  const { t, locale } = useI18n();
  const g = t.guestLinks;
  const labelId = useId();
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const label = useRef<HTMLParagraphElement>(null);
  const focusNext = useRef<'question' | 'revoke' | 'label' | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after the change that asked for a focus move
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'question') question.current?.focus();
    if (target === 'revoke') revokeButton.current?.focus();
    if (target === 'label') label.current?.focus();
  }, [confirming, revoking, link.state]);

  const ask = (value: boolean) => {
    focusNext.current = value ? 'question' : 'revoke';
    setConfirming(value);
  };

  const revoke = async () => {
    setRevoking(true);
    const done = await onRevoke(link);
    setRevoking(false);
    focusNext.current = done ? 'label' : 'question';
    if (done) setConfirming(false);
  };

  // A revoked link is over: when it would have expired no longer matters.
  const expiry =
    link.state === 'revoked'
      ? null
      : link.expiresAt === null
        ? g.noExpiry
        : link.state === 'expired'
          ? g.expired(formatDateTime(link.expiresAt, locale))
          : g.expires(formatDateTime(link.expiresAt, locale));
  const uses = link.maxUses === null ? g.usesUnlimited(link.uses) : g.usesLimited(link.uses, link.maxUses);

  return (
    <li className="guest-link" aria-labelledby={labelId}>
      <p id={labelId} ref={label} tabIndex={-1} className="guest-link__label">
        {link.label || g.unlabelled}
      </p>
      <p className="guest-link__facts">
        <span className={`badge badge--${link.state}`}>{g.state[link.state]}</span>
        <span>{uses}</span>
        {expiry && <span>{expiry}</span>}
      </p>
      {link.state === 'active' && !confirming && (
        <div className="guest-link__actions">
          <button
            type="button"
            className="button button--small"
            aria-describedby={labelId}
            onClick={() => onCopy(link)}
          >
            {g.copyLink}
          </button>
          <button
            ref={revokeButton}
            type="button"
            className="button button--small button--danger"
            aria-describedby={labelId}
            onClick={() => ask(true)}
          >
            {g.revoke}
          </button>
        </div>
      )}
      {link.state === 'active' && confirming && (
        <div className="guest-link__confirm">
          <p ref={question} tabIndex={-1}>
            {g.revokeQuestion}
          </p>
          <div className="guest-link__actions">
            <button
              type="button"
              className="button button--small button--danger"
              aria-describedby={labelId}
              onClick={revoke}
              disabled={revoking}
            >
              {revoking ? g.revoking : g.revokeConfirm}
            </button>
            <button type="button" className="button button--small" onClick={() => ask(false)}>
              {g.revokeCancel}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
