import { nameOf } from '@plenum/client-kit';
import { defineUiModule, ModulePanel } from '@plenum/client-kit/ui';
import type { BreakoutAnnouncements } from '../client/breakoutAnnouncements.js';
import { breakoutClient } from '../client/breakoutClient.js';
import { breakoutCommands } from '../client/breakoutCommands.js';
import { type BreakoutState, roomOf } from '../client/breakoutReducer.js';
import type { BreakoutProtocol } from '../protocol.js';
import { BreakoutIcon } from './BreakoutIcon.js';
import { BreakoutStatus } from './BreakoutStatus.js';
import { playBreakoutChime } from './breakoutChime.js';
import { type BreakoutMessages, breakoutMessages } from './breakoutMessages.js';
import { RunningRooms } from './RunningRooms.js';
import { StartForm } from './StartForm.js';

/**
 * Breakout rooms in the conference: a "Breakout rooms" toolbar button (moderators always, everyone
 * else while rooms are open; the badge counts open rooms) with its panel — the moderators' form to
 * open rooms, then the rooms with who is in each, "Go to …", a room choice per person, free choice,
 * a message to all rooms and "Close all rooms" — and, for everyone while rooms run, a card on the
 * stage with where you are, the time left or the closing countdown, and the latest message. The
 * module announces the start, moves, messages and the countdown (with a chime).
 */
export const breakoutUi = defineUiModule<BreakoutProtocol, BreakoutState, BreakoutMessages, BreakoutAnnouncements>({
  client: breakoutClient,
  messages: breakoutMessages,
  toolbar: ({ state, self, messages }) =>
    self.moderator || state.session
      ? { label: messages.title, icon: <BreakoutIcon />, badge: state.session?.rooms.length ?? 0 }
      : null,
  panel: ({ state, self, send, participants, messages, headingId, onClose }) => (
    <ModulePanel
      headingId={headingId}
      heading={messages.title}
      closeLabel={messages.closePanel}
      onClose={onClose}
      // A new key (rooms opened or closed, this client moved) may have removed the focused control.
      focusKey={state.session ? `open:${roomOf(state.session, self.participantId)?.id ?? 'main'}` : 'closed'}
    >
      {state.session ? (
        <RunningRooms
          session={state.session}
          selfId={self.participantId}
          moderator={self.moderator}
          participants={participants}
          lastError={state.lastError}
          messages={messages}
          onGoTo={(roomId) => send(breakoutCommands.goTo(roomId))}
          onAssign={(participantId, roomId) => send(breakoutCommands.assign(participantId, roomId))}
          onFreeChoice={(freeChoice) => send(breakoutCommands.setFreeChoice(freeChoice))}
          onMessage={(text) => send(breakoutCommands.message(text))}
          onClose={(warningSeconds) => send(breakoutCommands.close(warningSeconds))}
        />
      ) : self.moderator ? (
        <StartForm
          people={participants.filter((p) => p.kind !== 'recorder')}
          lastError={state.lastError}
          messages={messages}
          onStart={(command) => send(command)}
        />
      ) : (
        <p>{messages.error('notRunning', 0)}</p>
      )}
    </ModulePanel>
  ),
  overlay: ({ state, self, participants, messages }) => {
    const session = state.session;
    if (!session) return null;
    const here = roomOf(session, self.participantId);
    const sender = session.message ? nameOf({ self, participants }, session.message.from) : '';
    return (
      <BreakoutStatus
        session={session}
        room={here ? { number: here.number, name: here.name } : null}
        senderName={sender}
        messages={messages}
      />
    );
  },
  groupName: ({ state, messages }, group) => {
    const room = state.session?.rooms.find((r) => r.id === group);
    return room ? messages.room(room) : null;
  },
  sound: playBreakoutChime,
});
