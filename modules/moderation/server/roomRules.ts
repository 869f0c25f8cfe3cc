import type { RoomPolicy } from '@plenum/room-kit';
import { type RoomRules, SwitchableFeature } from '../protocol.js';

/** The part of the room policy moderation shows: self-renaming and which switchable features are off. */
export function rulesOf(policy: RoomPolicy): RoomRules {
  return {
    selfRename: policy.selfRename,
    switchedOff: SwitchableFeature.options.filter((feature) => policy.switchedOff.includes(feature)),
  };
}

export function sameRules(a: RoomRules, b: RoomRules): boolean {
  return a.selfRename === b.selfRename && a.switchedOff.join() === b.switchedOff.join();
}

/** The policy's switched-off namespaces with `feature` switched on or off; other namespaces stay as they are. */
export function switchFeature(policy: RoomPolicy, feature: SwitchableFeature, on: boolean): string[] {
  const rest = policy.switchedOff.filter((ns) => ns !== feature);
  return on ? rest : [...rest, feature];
}
