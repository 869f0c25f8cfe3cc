import type { ReactNode } from 'react';
import type { MediaSource } from '../protocol.js';
import { MicOffIcon } from './icons.js';
import type { MediaUiMessages } from './mediaUiMessages.js';
import { TrackVideo } from './TrackVideo.js';
import './VideoTile.css';

/** Who a tile's person is, as far as it matters for trusting the name: a guest, or a phone caller. */
export type TileMarker = 'guest' | 'phone';

export interface VideoTileProps {
  readonly participantId: string;
  readonly name: string;
  /** Shown in the avatar when there is no video (the app derives them from the name). */
  readonly initials: string;
  readonly source: Extract<MediaSource, 'camera' | 'screen'>;
  /** The video to show, or null to show the avatar (camera off, not yet received). */
  readonly track: MediaStreamTrack | null;
  readonly isSelf: boolean;
  readonly microphoneMuted: boolean;
  readonly speaking: boolean;
  /**
   * A visible role marker next to the name ("Guest", "Phone"), so that a guest who took a colleague's name is
   * recognisable; absent for members of the organisation.
   */
  readonly marker?: TileMarker | null | undefined;
  readonly messages: MediaUiMessages;
  /** Small decorations in the tile's corner (a raised hand, a reaction), from the app's modules. */
  readonly badges?: ReactNode;
}

/**
 * One tile of the conference grid: a camera (or avatar) or a screen share, with the name and a
 * mute indicator and, for guests and phone callers, a role marker. Exposes `data-participant-id`, `data-source`,
 * `data-muted`, `data-speaking` and `data-marker` for tests and styling; the accessible name is the label text with
 * the marker ("Anna, Guest").
 */
export function VideoTile({
  participantId,
  name,
  initials,
  source,
  track,
  isSelf,
  microphoneMuted,
  speaking,
  marker,
  messages,
  badges,
}: VideoTileProps) {
  const label = source === 'screen' ? messages.screenOf(name) : isSelf ? messages.selfName(name) : name;
  const markerText = marker ? messages.markers[marker] : null;
  const named = markerText ? `${label}, ${markerText}` : label;
  const showMute = source === 'camera' && microphoneMuted;
  return (
    <li
      className="video-tile"
      data-participant-id={participantId}
      data-source={source}
      data-muted={String(microphoneMuted)}
      data-speaking={String(speaking && source === 'camera')}
      data-self={String(isSelf)}
      data-video={String(track !== null)}
      data-marker={marker ?? undefined}
      aria-label={speaking && source === 'camera' ? `${named}, ${messages.speaking}` : named}
    >
      {track ? (
        <TrackVideo
          track={track}
          mirrored={isSelf && source === 'camera'}
          fit={source === 'screen' ? 'contain' : 'cover'}
        />
      ) : (
        <div className="video-tile__avatar" aria-hidden="true">
          <span>{initials}</span>
        </div>
      )}
      <div className="video-tile__label">
        {showMute && (
          <span className="video-tile__muted" role="img" aria-label={messages.microphoneMuted}>
            <MicOffIcon />
          </span>
        )}
        <span className="video-tile__name">{label}</span>
        {markerText && <span className="video-tile__marker">{markerText}</span>}
      </div>
      {badges != null && badges !== false && <div className="video-tile__badges">{badges}</div>}
    </li>
  );
}
