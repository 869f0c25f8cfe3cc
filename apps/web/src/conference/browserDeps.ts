import type { SocketHandlers, SocketLike, TicketAnswer } from '@plenum/module-core/client';
import type { SessionDeps } from './ConferenceSession.js';
import { localDevicePreferences } from './devicePreferences.js';
import { clientModules, playModuleSound } from './moduleRegistry.js';
import type { ResumeStore } from './resumeStore.js';

/** The room's signalling URL on this origin, `wss:` when the page is served over https. */
export function signalingUrl(roomId: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/v1/rooms/${encodeURIComponent(roomId)}/signaling`;
}

/** Adapts a browser WebSocket to the signalling connection's socket contract. */
export function browserSocket(url: string): (handlers: SocketHandlers) => SocketLike {
  return (handlers) => {
    const ws = new WebSocket(url);
    ws.onopen = () => handlers.onOpen();
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') handlers.onMessage(event.data);
    };
    ws.onclose = () => handlers.onClose();
    return {
      send: (data) => ws.send(data),
      close: () => {
        ws.onclose = null;
        ws.close(1000);
      },
    };
  };
}

/**
 * The real browser facilities for a `ConferenceSession` in `roomId`; `resume` keeps this tab's
 * resume ticket, `ticket` fetches an access ticket before every join.
 */
export function browserDeps(roomId: string, resume: ResumeStore, ticket: () => Promise<TicketAnswer>): SessionDeps {
  return {
    ticket,
    openSocket: browserSocket(signalingUrl(roomId)),
    schedule: (fn, ms) => {
      const handle = window.setTimeout(fn, ms);
      return () => window.clearTimeout(handle);
    },
    every: (fn, ms) => {
      const handle = window.setInterval(fn, ms);
      return () => window.clearInterval(handle);
    },
    now: () => performance.now(),
    createPeer: () => new RTCPeerConnection({ bundlePolicy: 'max-bundle' }),
    mediaDevices: navigator.mediaDevices,
    createAudioContext: () => (typeof AudioContext === 'undefined' ? null : new AudioContext()),
    preferences: localDevicePreferences(),
    resume,
    modules: clientModules,
    playSound: playModuleSound,
  };
}
