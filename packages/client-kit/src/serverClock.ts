import type { ModuleContext } from './ModuleContext.js';

/**
 * The server's clock as this device estimates it, learned from one frame: `offset` is the server time the frame
 * carried minus this device's time (`Date.now()`) when the frame arrived, so a wrong device clock does not matter and
 * the frame's transit time is the only error left. Learn it in the module's reducer, where the frame arrives (from
 * `ModuleContext.receivedAt`), and keep it in the module's state: a view that learned it when it first showed a time
 * would be off by as long as it stayed closed, and a panel opened late must show the same time as the toolbar.
 */
export interface ServerClock {
  readonly offset: number;
}

/** This device's clock taken as the server's: before any frame said otherwise. */
export const deviceClock: ServerClock = { offset: 0 };

/**
 * The clock learned from a frame that carried the server's time `serverTime` (e.g. a start time sent at once, or a
 * join state's "now"), with the input's `receivedAt`; without it (a test that does not care), the device clock.
 */
export function clockFrom(serverTime: number, context: Pick<ModuleContext, 'receivedAt'>): ServerClock {
  return context.receivedAt === undefined ? deviceClock : { offset: serverTime - context.receivedAt };
}

/** The server's time when this device's clock says `deviceNow`. */
export function serverTimeAt(clock: ServerClock, deviceNow: number): number {
  return deviceNow + clock.offset;
}

/** What this device's clock says when the server's says `serverTime` (to show a server time as a time of day). */
export function deviceTimeOf(clock: ServerClock, serverTime: number): number {
  return serverTime - clock.offset;
}
