import type { AnyClientModule } from '@plenum/client-kit';
import type { AnyUiModule } from '@plenum/client-kit/ui';
import { attendanceUi } from '@plenum/module-attendance/ui';
import { breakoutUi } from '@plenum/module-breakout/ui';
import { chatUi } from '@plenum/module-chat/ui';
import { legalVoteUi } from '@plenum/module-legal-vote/ui';
import { lobbyUi } from '@plenum/module-lobby/ui';
import { minutesUi } from '@plenum/module-minutes/ui';
import { moderationUi } from '@plenum/module-moderation/ui';
import { pollsUi } from '@plenum/module-polls/ui';
import { raiseHandsUi } from '@plenum/module-raise-hands/ui';
import { reactionsUi } from '@plenum/module-reactions/ui';
import { talkingStickUi } from '@plenum/module-talking-stick/ui';
import { timerUi } from '@plenum/module-timer/ui';

/**
 * The signalling modules the conference shows, in toolbar order: one line per module (its UI
 * module, which carries its client module). Core and media are the spine and not listed here.
 * Nothing registers itself by being imported.
 */
export const uiModules: readonly AnyUiModule[] = [
  lobbyUi,
  moderationUi,
  chatUi,
  breakoutUi,
  raiseHandsUi,
  reactionsUi,
  talkingStickUi,
  pollsUi,
  legalVoteUi,
  minutesUi,
  attendanceUi,
  timerUi,
];

/** The client side of every registered module, for the session. */
export const clientModules: readonly AnyClientModule[] = uiModules.map((m) => m.client);

/** Plays the sound of module `ns`, if it has one (an announcement asked for it). */
export function playModuleSound(ns: string, context: AudioContext | null): void {
  uiModules.find((m) => m.client.protocol.ns === ns)?.sound?.(context);
}
