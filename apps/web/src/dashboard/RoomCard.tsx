import { useId } from 'react';
import type { RoomInfo } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { roomPath } from '../router/matchRoute.js';
import { formatDateTime } from './formatDateTime.js';

/** The dialogs a room's card opens; the element that opened one gets focus back when it closes. */
export type RoomAction = 'settings' | 'guestLinks' | 'dialIn' | 'agenda' | 'meetings' | 'delete';

/** The card's dialog buttons in order, each named by the dashboard's word for it ("Settings" …); delete comes last. */
const DIALOGS = ['settings', 'guestLinks', 'dialIn', 'agenda', 'meetings'] as const satisfies readonly RoomAction[];

export interface RoomCardProps {
  readonly room: RoomInfo;
  readonly onCopyLink: (room: RoomInfo) => void;
  readonly onAction: (action: RoomAction, room: RoomInfo, opener: HTMLElement) => void;
}

/**
 * One of "my rooms": title, when it was made, its access settings in short, and what can be done with it. The
 * buttons keep short names ("Settings") and are described by the room's title, so that a screen reader says which
 * room they act on.
 */
export function RoomCard({ room, onCopyLink, onAction }: RoomCardProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const title = room.title || t.dashboard.untitled;
  const facts = [
    t.dashboard.createdOn(formatDateTime(room.createdAt, locale)),
    ...(room.hasPassword ? [t.dashboard.hasPassword] : []),
    t.dashboard.waitingRoom(t.roomSettings.waitingRoom[room.waitingRoom]),
    t.dashboard.guests(t.roomSettings.guestAccess[room.guestAccess]),
  ];
  return (
    <article className="room-card" aria-labelledby={titleId}>
      <div className="room-card__info">
        <h3 id={titleId} className="room-card__title" tabIndex={-1}>
          {title}
        </h3>
        <ul className="room-card__facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      </div>
      <div className="room-card__actions">
        <Link href={roomPath(room.id)} className="button button--primary button--small" aria-describedby={titleId}>
          {t.dashboard.start}
        </Link>
        <button
          type="button"
          className="button button--small"
          aria-describedby={titleId}
          onClick={() => onCopyLink(room)}
        >
          {t.dashboard.copyLink}
        </button>
        {DIALOGS.map((action) => (
          <button
            key={action}
            type="button"
            className="button button--small"
            aria-describedby={titleId}
            onClick={(event) => onAction(action, room, event.currentTarget)}
          >
            {t.dashboard[action]}
          </button>
        ))}
        <button
          type="button"
          className="button button--small button--danger"
          aria-describedby={titleId}
          onClick={(event) => onAction('delete', room, event.currentTarget)}
        >
          {t.dashboard.delete}
        </button>
      </div>
    </article>
  );
}
