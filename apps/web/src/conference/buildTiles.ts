import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { inOwnGroup } from '@plenum/module-core/ui';
import { type MediaRoomState, mediaStateOf, type RemoteTrack } from '@plenum/module-media/client';
import type { TileMarker } from '@plenum/module-media/ui';

export interface Tile {
  readonly key: string;
  readonly participantId: string;
  readonly name: string;
  readonly source: 'camera' | 'screen';
  readonly track: MediaStreamTrack | null;
  readonly isSelf: boolean;
  readonly microphoneMuted: boolean;
  /** Shown next to the name: guests and phone callers are marked, so nobody passes for a colleague by name alone. */
  readonly marker: TileMarker | null;
}

/** The role marker of a participant's tiles: phone callers first (their name is what they typed), then guests. */
export function tileMarker(participant: Pick<ParticipantInfo, 'role' | 'kind'> | undefined): TileMarker | null {
  if (!participant) return null;
  if (participant.kind === 'phone') return 'phone';
  return participant.role === 'guest' ? 'guest' : null;
}

export interface TileInput {
  readonly selfId: string | null;
  /** Used when the server does not list this client among the participants. */
  readonly selfName: string;
  readonly participants: readonly ParticipantInfo[];
  readonly media: MediaRoomState;
  readonly remote: readonly RemoteTrack[];
  readonly local: {
    readonly camera: MediaStreamTrack | null;
    readonly screen: MediaStreamTrack | null;
    readonly microphone: MediaStreamTrack | null;
    readonly microphoneMuted: boolean;
  };
}

/**
 * The grid's tiles in display order: screen shares first (they need the space), then one
 * camera tile per person: self first, everyone else in join order. Only the people of the
 * viewer's own room get tiles: in breakout rooms nobody sees (or hears) the other rooms. A remote
 * camera shows only while the server says it is published and unmuted, so a paused camera turns
 * into an avatar at once instead of a frozen frame.
 */
export function buildTiles(input: TileInput): Tile[] {
  const { selfId, participants, media, remote, local } = input;
  const selfInfo = participants.find((p) => p.id === selfId);
  const selfName = selfInfo?.displayName ?? input.selfName;
  const selfMarker = tileMarker(selfInfo);
  const others = inOwnGroup(participants, selfId).filter((p) => p.id !== selfId);
  const remoteVideo = (participantId: string, source: 'camera' | 'screen') =>
    remote.find((r) => r.participantId === participantId && r.source === source && r.kind === 'video')?.track ?? null;
  const selfKey = selfId ?? 'self';
  const selfMuted = !local.microphone || local.microphoneMuted;

  const screens: Tile[] = [];
  for (const p of others) {
    const state = mediaStateOf(media, p.id);
    const track = remoteVideo(p.id, 'screen');
    if (state.screen.published && track) {
      screens.push(
        tile(
          p.id,
          p.displayName,
          'screen',
          track,
          false,
          !state.microphone.published || state.microphone.muted,
          tileMarker(p),
        ),
      );
    }
  }
  if (local.screen) screens.push(tile(selfKey, selfName, 'screen', local.screen, true, selfMuted, selfMarker));

  const cameras: Tile[] = [tile(selfKey, selfName, 'camera', local.camera, true, selfMuted, selfMarker)];
  for (const p of others) {
    const state = mediaStateOf(media, p.id);
    const live = state.camera.published && !state.camera.muted;
    cameras.push(
      tile(
        p.id,
        p.displayName,
        'camera',
        live ? remoteVideo(p.id, 'camera') : null,
        false,
        !state.microphone.published || state.microphone.muted,
        tileMarker(p),
      ),
    );
  }
  return [...screens, ...cameras];
}

function tile(
  participantId: string,
  name: string,
  source: 'camera' | 'screen',
  track: MediaStreamTrack | null,
  isSelf: boolean,
  microphoneMuted: boolean,
  marker: TileMarker | null,
): Tile {
  return { key: `${participantId}:${source}`, participantId, name, source, track, isSelf, microphoneMuted, marker };
}
