import { describe, expect, it } from 'vitest';
import { actionButtonClass, inMenuOrder } from './menuOrder.js';
import type { ParticipantAction } from './participantAction.js';

const none = () => undefined;
const action = (key: string, extra: Partial<ParticipantAction> = {}) =>
  ({ key, label: key, onSelect: none, ...extra }) as ParticipantAction;
const confirm = { question: '?', confirmLabel: 'Yes', cancelLabel: 'Cancel', closeLabel: 'Close' };

describe('inMenuOrder', () => {
  it('listsWhatTakesThePersonOutLastAndKeepsTheRestInOrder', () => {
    // As the modules give them: core, lobby, moderation, raise-hands.
    const given = [
      action('promote'),
      action('sendToWaitingRoom', { removes: true }),
      action('mute'),
      action('kick', { removes: true, confirm }),
      action('ban', { removes: true, confirm }),
      action('lowerHand'),
    ];
    expect(inMenuOrder(given).map((a) => a.key)).toEqual([
      'promote',
      'mute',
      'lowerHand',
      'sendToWaitingRoom',
      'kick',
      'ban',
    ]);
  });
});

describe('actionButtonClass', () => {
  it('marksWhatAsksFirstAsDangerous', () => {
    expect(actionButtonClass(action('ban', { confirm }))).toBe('button button--small button--danger');
    expect(actionButtonClass(action('sendToWaitingRoom', { removes: true }))).toBe('button button--small');
  });
});
