import type { MediaSource } from '../protocol.js';
import { MicOffIcon } from './icons.js';
import type { MediaUiMessages } from './mediaUiMessages.js';
import { TrackVideo } from './TrackVideo.js';
import './VideoTile.css';

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
  readonly messages: MediaUiMessages;
}

/**
 * One tile of the conference grid: a camera (or avatar) or a screen share, with the name and a
 * mute indicator. Exposes `data-participant-id`, `data-source`, `data-muted` and
 * `data-speaking` for tests and styling; the accessible name is the label text.
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
  messages,
}: VideoTileProps) {
  const label = source === 'screen' ? messages.screenOf(name) : isSelf ? messages.selfName(name) : name;
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
      aria-label={speaking && source === 'camera' ? `${label}, ${messages.speaking}` : label}
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
      </div>
    </li>
  );
}
