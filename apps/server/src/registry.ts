import { attendanceModule } from '@plenum/module-attendance/server';
import { breakoutModule } from '@plenum/module-breakout/server';
import { chatModule } from '@plenum/module-chat/server';
import { coreModule } from '@plenum/module-core/server';
import { legalVoteModule } from '@plenum/module-legal-vote/server';
import { lobbyModule } from '@plenum/module-lobby/server';
import { mediaModule } from '@plenum/module-media/server';
import { minutesModule } from '@plenum/module-minutes/server';
import { moderationModule } from '@plenum/module-moderation/server';
import { pollsModule } from '@plenum/module-polls/server';
import { raiseHandsModule } from '@plenum/module-raise-hands/server';
import { reactionsModule } from '@plenum/module-reactions/server';
import { talkingStickModule } from '@plenum/module-talking-stick/server';
import { timerModule } from '@plenum/module-timer/server';
import type { AnyModuleDefinition } from '@plenum/room-kit';

/**
 * The explicit module registry: every signalling module of a room, in hook order. Nothing
 * registers itself by being imported; a module is on when it is listed here and its `init`
 * says so for the room. `core` comes first so the roster is announced before module state.
 */
export const registry: readonly AnyModuleDefinition[] = [
  coreModule,
  lobbyModule,
  mediaModule,
  moderationModule,
  chatModule,
  raiseHandsModule,
  reactionsModule,
  talkingStickModule,
  breakoutModule,
  pollsModule,
  legalVoteModule,
  minutesModule,
  attendanceModule,
  timerModule,
];
