import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { GuestLink, GuestLinksApi } from '../api/guestLinksApi.js';
import type { RoomInfo } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { copyText } from '../shell/copyText.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import { useRetryableLoad } from '../shell/useRetryableLoad.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { GuestLinkCreateForm } from './GuestLinkCreateForm.js';
import { GuestLinkItem } from './GuestLinkItem.js';
import { guestLinkOffer, type TenantGuests } from './guestAccessOffer.js';
import { ProblemMessage } from './ProblemMessage.js';

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly problem: DashboardProblem }
  | { readonly state: 'ready'; readonly links: readonly GuestLink[] };

/**
 * A room's guest links: create one (it is copied at once and shown in a field to copy by hand), list them all with
 * their state, copy or revoke active ones. With guest access disabled, the owner is sent to the room settings first;
 * when the organisation does not allow guests (`tenantGuests`, or a refused link tells it), the dialog says so instead.
 */
export function GuestLinksDialog({
  room,
  api,
  tenantGuests,
  onGuestsNotAllowed,
  onClose,
  onOpenSettings,
  returnFocus,
}: {
  readonly room: RoomInfo;
  readonly api: GuestLinksApi;
  readonly tenantGuests: TenantGuests;
  /** A link was refused although the room has guest access: the organisation does not allow guests. */
  readonly onGuestsNotAllowed: () => void;
  readonly onClose: () => void;
  readonly onOpenSettings: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const g = t.guestLinks;
  const ids = { create: useId(), list: useId(), newLink: useId() };
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [created, setCreated] = useState<GuestLink | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<DashboardProblem | null>(null);
  /** Learnt in this dialog (a link was refused): announced, not just shown. */
  const [refusedHere, setRefusedHere] = useState(false);
  const newLinkField = useRef<HTMLInputElement>(null);

  const retry = useRetryableLoad(
    () => api.list(room.id),
    {
      started: () => setLoad({ state: 'loading' }),
      loaded: (links) => setLoad({ state: 'ready', links }),
      failed: (error) => setLoad({ state: 'failed', problem: dashboardProblem(error) }),
    },
    room.id,
  );

  useEffect(() => {
    if (!created) return;
    newLinkField.current?.focus();
    newLinkField.current?.select();
  }, [created]);

  const onCreated = async (link: GuestLink) => {
    setProblem(null);
    setLoad((current) => (current.state === 'ready' ? { ...current, links: [link, ...current.links] } : current));
    const copied = await copyText(link.url);
    setStatus(copied ? g.newLinkCopied : g.newLinkNotCopied);
    setCreated(link);
  };

  const copy = async (link: GuestLink) => {
    setStatus((await copyText(link.url)) ? g.linkCopied : g.copyFailed(link.url));
  };

  const revoke = useCallback(
    async (link: GuestLink): Promise<boolean> => {
      setProblem(null);
      try {
        await api.revoke(room.id, link.id);
      } catch (error) {
        setProblem(dashboardProblem(error));
        return false;
      }
      const revokedAt = new Date().toISOString();
      setLoad((current) =>
        current.state === 'ready'
          ? {
              ...current,
              links: current.links.map((l) => (l.id === link.id ? { ...l, state: 'revoked', revokedAt } : l)),
            }
          : current,
      );
      setStatus(g.revoked);
      return true;
    },
    [api, room.id, g.revoked],
  );

  const title = room.title || t.dashboard.untitled;
  const offer = guestLinkOffer(room.guestAccess, tenantGuests);

  return (
    <ModalDialog title={g.heading(title)} closeLabel={g.close} onClose={onClose} returnFocus={returnFocus}>
      <p className="modal__intro">{g.intro}</p>
      <p role="status" className="dialog-status">
        {status}
      </p>
      {problem && (
        <ProblemMessage
          problem={problem}
          text={problem === 'guestsDisabled' && offer === 'enableInSettings' ? g.accessDisabled : undefined}
        />
      )}
      {offer === 'notAllowed' && (
        <div className="message message--warning" role={refusedHere ? 'alert' : undefined}>
          <p>{g.guestsNotAllowed}</p>
        </div>
      )}
      {offer === 'enableInSettings' && (
        <div className="message message--warning">
          <p>{g.accessDisabled}</p>
          <button type="button" className="button button--small" onClick={onOpenSettings}>
            {g.openSettings}
          </button>
        </div>
      )}
      {offer === 'create' && (
        <section aria-labelledby={ids.create} className="dialog-section">
          <h3 id={ids.create}>{g.createHeading}</h3>
          <GuestLinkCreateForm
            roomId={room.id}
            api={api}
            onCreated={onCreated}
            onGuestsRefused={() => {
              setRefusedHere(true);
              onGuestsNotAllowed();
            }}
          />
          {created && (
            <div className="field new-link">
              <label htmlFor={ids.newLink}>{g.newLinkLabel}</label>
              <div className="new-link__row">
                <input id={ids.newLink} ref={newLinkField} type="text" readOnly value={created.url} />
                <button type="button" className="button button--small" onClick={() => copy(created)}>
                  {g.copyLink}
                </button>
              </div>
            </div>
          )}
        </section>
      )}
      <section aria-labelledby={ids.list} className="dialog-section">
        <h3 id={ids.list}>{g.listHeading}</h3>
        {load.state === 'loading' && <p className="loading">{g.loading}</p>}
        {load.state === 'failed' && (
          <>
            <ProblemMessage problem={load.problem} text={load.problem === 'other' ? g.loadFailed : undefined} />
            <button type="button" className="button button--small" onClick={retry}>
              {g.retry}
            </button>
          </>
        )}
        {load.state === 'ready' && load.links.length === 0 && <p>{g.empty}</p>}
        {load.state === 'ready' && load.links.length > 0 && (
          <ul className="guest-links">
            {load.links.map((link) => (
              <GuestLinkItem key={link.id} link={link} onCopy={copy} onRevoke={revoke} />
            ))}
          </ul>
        )}
      </section>
    </ModalDialog>
  );
}
