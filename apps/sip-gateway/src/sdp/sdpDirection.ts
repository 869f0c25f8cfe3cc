import type { SdpDirection } from './sdpTypes.js';

/** Direction algebra of RFC 3264 §6.1. Directions are always seen from the side that wrote them. */

export function sends(direction: SdpDirection): boolean {
  return direction === 'sendrecv' || direction === 'sendonly';
}

export function receives(direction: SdpDirection): boolean {
  return direction === 'sendrecv' || direction === 'recvonly';
}

export function directionOf(send: boolean, receive: boolean): SdpDirection {
  if (send) return receive ? 'sendrecv' : 'sendonly';
  return receive ? 'recvonly' : 'inactive';
}

/** The same stream seen from the other side: sendonly becomes recvonly and back. */
export function mirrorDirection(direction: SdpDirection): SdpDirection {
  return directionOf(receives(direction), sends(direction));
}

/**
 * Our direction in an answer: we send only if the offerer receives and we want to send; we receive only if the
 * offerer sends and we want to receive.
 */
export function answerDirection(offered: SdpDirection, wanted: SdpDirection): SdpDirection {
  const possible = mirrorDirection(offered);
  return directionOf(sends(possible) && sends(wanted), receives(possible) && receives(wanted));
}
