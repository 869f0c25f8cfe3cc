import { defineProtocol } from '@plenum/protocol';
import { type AnyModuleDefinition, defineModule } from '@plenum/room-kit';
import { z } from 'zod';
import type { MeetingRecorder } from './MeetingHistory.js';

/**
 * The host's listener on a room's joins and leaves, in the shape of a module because that is how the runtime reports
 * them. It is not in the registry and speaks no protocol (no commands, events or join state): the room host adds it
 * to the rooms it starts, bound to that meeting's recorder. Its hooks only queue writes, so the room never waits.
 * Recorders (the runtime's recording participant) are no attendees and are left out.
 */
export const meetingHistoryProtocol = defineProtocol({
  ns: 'meetingHistory',
  commands: {},
  events: {},
  errors: {},
  joinState: z.never(),
});

export function meetingHistoryModule(recorder: MeetingRecorder): AnyModuleDefinition {
  return defineModule({
    protocol: meetingHistoryProtocol,
    init: (ctx) => ({
      onJoin: (p) => {
        if (p.kind !== 'recorder') recorder.joined(p, ctx.now());
      },
      onLeave: (p) => {
        if (p.kind !== 'recorder') recorder.left(p, ctx.now());
      },
      onRoleChange: (p) => {
        if (p.kind !== 'recorder') recorder.roleChanged(p);
      },
    }),
  });
}
