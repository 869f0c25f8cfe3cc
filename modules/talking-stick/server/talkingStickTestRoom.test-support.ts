import { coreModule } from '@plenum/module-core/server';
import type { Inbox, TestPersona } from '@plenum/room-kit/testing';
import { TestRoom } from '@plenum/room-kit/testing';
import type { SpeakerList } from '../protocol.js';
import { createTalkingStickModule } from './createTalkingStickModule.js';
import type { RandomIndex } from './shuffle.js';

export const NS = 'talking-stick';

/** Always picks the last candidate: Fisher–Yates then leaves the order as it was. */
export const keepOrder: RandomIndex = (below) => below - 1;
/** Always picks the first candidate: Fisher–Yates then rotates [a, b, c] into [b, c, a]. */
export const pickFirst: RandomIndex = () => 0;

/** A room with core and the talking stick; `random` decides how `random` lists are shuffled. */
export function stickRoom(random: RandomIndex = keepOrder): TestRoom {
  return new TestRoom({ modules: [coreModule, createTalkingStickModule(random)] });
}

/** The list in the latest frame of the talking stick that carries one; null after `ended`. */
export function listOf(inbox: Inbox): SpeakerList | null | undefined {
  const frames = inbox.events(NS).filter((f) => f.event !== 'yourTurn' && f.event !== 'youAreNext');
  const last = frames.at(-1);
  if (!last) return undefined;
  return last.event === 'ended' ? null : (last.list as SpeakerList);
}

/** Frames of the talking stick this persona got (events and errors). */
export function stickFrames(p: TestPersona): Record<string, unknown>[] {
  return p.inbox.frames.filter((f) => f.ns === NS);
}

export function clearAll(...people: readonly TestPersona[]): void {
  for (const p of people) p.inbox.clear();
}
