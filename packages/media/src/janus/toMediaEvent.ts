import type { MediaEvent } from '../MediaPlane.js';
import type { JanusHandleEvent } from './JanusHandle.js';

/**
 * The port's view of a handle event. Plugin chatter (other publishers joining, …) and
 * `detached` are not media events and map to null.
 */
export function toMediaEvent(event: JanusHandleEvent): MediaEvent | null {
  switch (event.type) {
    case 'webrtcup':
      return { type: 'webrtcUp' };
    case 'hangup':
      return { type: 'hangup', reason: event.reason };
    case 'media':
      return { type: 'mediaFlow', kind: event.kind, receiving: event.receiving };
    case 'slowlink':
      return { type: 'slowLink', uplink: event.uplink };
    case 'lost':
      return { type: 'lost' };
    case 'plugin':
    case 'detached':
      return null;
  }
}
