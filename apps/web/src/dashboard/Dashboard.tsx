import { type RefObject, useCallback, useEffect, useId, useReducer, useRef, useState } from 'react';
import type { AgendaApi } from '../api/agendaApi.js';
import type { DialInApi } from '../api/dialInApi.js';
import type { GuestLinksApi } from '../api/guestLinksApi.js';
import type { MeetingsApi } from '../api/meetingsApi.js';
import type { RoomInfo, RoomsApi } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { copyText } from '../shell/copyText.js';
import { AgendaDialog } from './AgendaDialog.js';
import { CreateRoomForm } from './CreateRoomForm.js';
import { DeleteRoomDialog } from './DeleteRoomDialog.js';
import { DialInDialog } from './DialInDialog.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { GuestLinksDialog } from './GuestLinksDialog.js';
import type { TenantGuests } from './guestAccessOffer.js';
import { MeetingsDialog } from './MeetingsDialog.js';
import { PastMeetings } from './PastMeetings.js';
import { ProblemMessage } from './ProblemMessage.js';
import { type RoomAction, RoomCard } from './RoomCard.js';
import { RoomSettingsDialog } from './RoomSettingsDialog.js';
import { initialRoomList, roomListReducer } from './roomListState.js';

interface OpenDialog {
  readonly action: RoomAction;
  readonly room: RoomInfo;
  readonly opener: RefObject<HTMLElement | null>;
}

/**
 * The signed-in start page's content: create a room, "my rooms" a page at a time, and per room start, copy its link,
 * settings, guest links, telephone dial-in, agenda, past meetings with their files, and delete; below, the meetings the
 * user attended with the files they may download. Results are announced in one status line; dialogs return focus to
 * their opener.
 */
export function Dashboard({
  rooms: api,
  guestLinks,
  dialIn,
  agenda,
  meetings,
}: {
  readonly rooms: RoomsApi;
  readonly guestLinks: GuestLinksApi;
  readonly dialIn: DialInApi;
  readonly agenda: AgendaApi;
  readonly meetings: MeetingsApi;
}) {
  const { t } = useI18n();
  const ids = { create: useId(), list: useId() };
  const [list, dispatch] = useReducer(roomListReducer, initialRoomList);
  const [listProblem, setListProblem] = useState<DashboardProblem | null>(null);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<OpenDialog | null>(null);
  /** Whether the organisation allows guests is only learnt from a refusal; both guest dialogs then say so. */
  const [tenantGuests, setTenantGuests] = useState<TenantGuests>('unknown');
  const guestsNotAllowed = useCallback(() => setTenantGuests('forbidden'), []);
  const listRef = useRef<HTMLUListElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  /** After a change that removes the focused control: the index of the room whose title gets focus, or -1 for the list heading. */
  const focusAfter = useRef<number | null>(null);

  const loadPage = useCallback(
    async (cursor: string | null, isCancelled: () => boolean = () => false) => {
      dispatch({ type: 'loadStarted' });
      setListProblem(null);
      try {
        const page = await api.list({ cursor });
        if (!isCancelled()) dispatch({ type: 'pageLoaded', page });
      } catch (error) {
        if (isCancelled()) return;
        dispatch({ type: 'loadFailed' });
        setListProblem(dashboardProblem(error));
      }
    },
    [api],
  );

  useEffect(() => {
    let cancelled = false;
    void loadPage(null, () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [loadPage]);

  // Runs after the list changed, to put focus where it belongs.
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null || list.phase === 'loadingMore' || list.phase === 'loading') return;
    focusAfter.current = null;
    // A failed "Load more" keeps focus on its button, next to the alert, to try again.
    if (list.phase === 'failed') return;
    const titles = listRef.current?.querySelectorAll<HTMLElement>('.room-card__title');
    const title = target >= 0 ? titles?.[target] : undefined;
    (title ?? listHeading.current)?.focus();
  }, [list]);

  const loadMore = () => {
    focusAfter.current = list.rooms.length;
    void loadPage(list.nextCursor);
  };

  const copyLink = async (room: RoomInfo) => {
    const copied = await copyText(room.url);
    setStatus(copied ? t.dashboard.linkCopied(room.title || t.dashboard.untitled) : t.dashboard.copyFailed(room.url));
  };

  const onAction = (action: RoomAction, room: RoomInfo, opener: HTMLElement) => {
    setOpen({ action, room, opener: { current: opener } });
  };

  const close = () => setOpen(null);

  return (
    <div className="dashboard">
      <p role="status" className="dashboard__status">
        {status}
      </p>
      <section className="card dashboard__create" aria-labelledby={ids.create}>
        <h2 id={ids.create}>{t.dashboard.createHeading}</h2>
        <CreateRoomForm
          api={api}
          onCreated={(room) => {
            // Focus goes to the new room, whose "Start" is the next Tab stop.
            focusAfter.current = 0;
            dispatch({ type: 'created', room });
            setStatus(t.dashboard.created(room.title || t.dashboard.untitled));
          }}
        />
      </section>
      <section className="dashboard__rooms" aria-labelledby={ids.list}>
        <h2 id={ids.list} ref={listHeading} tabIndex={-1}>
          {t.dashboard.listHeading}
        </h2>
        {list.phase === 'loading' && <p className="loading">{t.dashboard.loadingRooms}</p>}
        {list.loaded && list.rooms.length === 0 && list.phase !== 'loading' && <p>{t.dashboard.empty}</p>}
        {list.rooms.length > 0 && (
          <ul className="room-list" ref={listRef}>
            {list.rooms.map((room) => (
              <li key={room.id}>
                <RoomCard room={room} onCopyLink={copyLink} onAction={onAction} />
              </li>
            ))}
          </ul>
        )}
        {list.phase === 'failed' && listProblem && (
          <ProblemMessage problem={listProblem} text={listProblem === 'other' ? t.dashboard.loadFailed : undefined} />
        )}
        {list.phase === 'failed' && !list.loaded && (
          <button type="button" className="button button--small" onClick={() => void loadPage(null)}>
            {t.dashboard.retry}
          </button>
        )}
        {list.phase === 'loadingMore' && <p className="loading">{t.dashboard.loadingMore}</p>}
        {list.loaded && list.nextCursor !== null && (
          <button type="button" className="button" onClick={loadMore} disabled={list.phase === 'loadingMore'}>
            {t.dashboard.loadMore}
          </button>
        )}
      </section>
      <PastMeetings api={meetings} />
      {open?.action === 'settings' && (
        <RoomSettingsDialog
          room={open.room}
          api={api}
          tenantGuests={tenantGuests}
          onGuestsNotAllowed={guestsNotAllowed}
          returnFocus={open.opener}
          onClose={close}
          onSaved={(room) => {
            dispatch({ type: 'updated', room });
            setStatus(t.roomSettings.saved(room.title || t.dashboard.untitled));
            close();
          }}
        />
      )}
      {open?.action === 'guestLinks' && (
        <GuestLinksDialog
          room={open.room}
          api={guestLinks}
          tenantGuests={tenantGuests}
          onGuestsNotAllowed={guestsNotAllowed}
          returnFocus={open.opener}
          onClose={close}
          onOpenSettings={() => setOpen({ ...open, action: 'settings' })}
        />
      )}
      {open?.action === 'dialIn' && (
        <DialInDialog room={open.room} api={dialIn} returnFocus={open.opener} onClose={close} />
      )}
      {open?.action === 'agenda' && (
        <AgendaDialog
          room={open.room}
          api={agenda}
          returnFocus={open.opener}
          onClose={close}
          onSaved={() => {
            setStatus(t.agenda.saved(open.room.title || t.dashboard.untitled));
            close();
          }}
        />
      )}
      {open?.action === 'meetings' && (
        <MeetingsDialog room={open.room} api={meetings} returnFocus={open.opener} onClose={close} />
      )}
      {open?.action === 'delete' && (
        <DeleteRoomDialog
          room={open.room}
          api={api}
          returnFocus={open.opener}
          onClose={close}
          onDeleted={(room) => {
            const index = list.rooms.findIndex((r) => r.id === room.id);
            focusAfter.current = list.rooms.length > 1 ? Math.max(0, index - 1) : -1;
            dispatch({ type: 'removed', roomId: room.id });
            setStatus(t.dashboard.deleted(room.title || t.dashboard.untitled));
            close();
          }}
        />
      )}
    </div>
  );
}
