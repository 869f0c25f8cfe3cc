import type { ParticipantAction } from './participantAction.js';

/**
 * A person's actions as every menu and panel lists them: those that keep the person in the meeting first, those that
 * take them out (`removes`: waiting room, removal, ban) last; otherwise in the order given (the core's, then each
 * module's in registry order).
 */
export function inMenuOrder<T extends ParticipantAction>(actions: readonly T[]): T[] {
  // Array.prototype.sort is stable: actions of the same kind keep their order.
  return [...actions].sort((a, b) => Number(a.removes === true) - Number(b.removes === true));
}

/** The button classes of an action: those that ask before what cannot be undone look dangerous. */
export function actionButtonClass(action: ParticipantAction): string {
  return action.confirm ? 'button button--small button--danger' : 'button button--small';
}
