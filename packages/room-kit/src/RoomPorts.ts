import type { MediaPlane } from '@plenum/media';

/** The ports a room's modules may use. Each is an interface; the server injects the real ones. */
export interface RoomPorts {
  readonly media: MediaPlane;
}
