import type { RoomPolicy } from '@plenum/room-kit';
import type { SwitchableFeature } from '../protocol.js';

/**
 * The policy's switched-off namespaces with `feature` switched on or off; other namespaces stay as they are. The core
 * tells everyone the new policy (moderation sends no copy of it).
 */
export function switchFeature(policy: RoomPolicy, feature: SwitchableFeature, on: boolean): string[] {
  const rest = policy.switchedOff.filter((ns) => ns !== feature);
  return on ? rest : [...rest, feature];
}
