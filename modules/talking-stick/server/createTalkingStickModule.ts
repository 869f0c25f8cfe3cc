import { defineModule } from '@plenum/room-kit';
import { type TalkingStickProtocol, talkingStickProtocol } from '../protocol.js';
import { cryptoRandomIndex, type RandomIndex } from './shuffle.js';
import { type TalkingStickLoopback, TalkingStickModule } from './TalkingStickModule.js';

/** The talking stick with a chosen random source for `random` lists (tests fix the order with it). */
export function createTalkingStickModule(random: RandomIndex = cryptoRandomIndex) {
  return defineModule<TalkingStickProtocol, TalkingStickLoopback>({
    protocol: talkingStickProtocol,
    init: (ctx) => new TalkingStickModule(ctx, random),
  });
}

/** The registry's talking stick: random lists are shuffled with the cryptographic random source. */
export const talkingStickModule = createTalkingStickModule();
