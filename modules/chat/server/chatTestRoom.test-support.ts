import { coreModule } from '@plenum/module-core/server';
import type { RoomId } from '@plenum/protocol';
import type { RoomRecordStore, RoomSettings } from '@plenum/room-kit';
import { type FakeClock, runtimeProbe, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import type { ChatMessage } from '../protocol.js';
import { chatModule } from './ChatModule.js';

/** Test helper: a room with core, chat and the runtime controls; `meeting` replays a room's next meeting. */
export function chatRoom(
  settings: Partial<RoomSettings> = {},
  meeting: { readonly records?: RoomRecordStore; readonly roomId?: RoomId; readonly clock?: FakeClock } = {},
) {
  const { module, control } = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, chatModule, module], settings, ...meeting });
  return { room, control };
}

/** The messages a persona received as `messageSent`, in order. */
export function received(p: TestPersona): ChatMessage[] {
  return p.inbox.events('chat', 'messageSent').map((e) => e.message as ChatMessage);
}

/** The texts a persona received as `messageSent`, in order. */
export function texts(p: TestPersona): string[] {
  return received(p).map((m) => m.text);
}

/** The chat history in the persona's latest `joined`. */
export function joinedHistory(p: TestPersona): ChatMessage[] {
  const modules = p.inbox.last('core', 'joined')?.modules as { chat?: { messages: ChatMessage[] } } | undefined;
  return modules?.chat?.messages ?? [];
}

export const say = (p: TestPersona, text: string, id?: string) => p.act('chat', 'send', { text }, id);
export const whisper = (p: TestPersona, to: TestPersona, text: string, id?: string) =>
  p.act('chat', 'send', { text, to: to.participantId }, id);
