import { describe, expect, it } from 'vitest';
import { menuButtonKey, menuKey } from './menuNavigation.js';

const items = ['Show participants', 'Chat', 'Polls', 'Settings'];

describe('menuKey', () => {
  it('arrowsMoveToTheNeighbourAndWrapAround', () => {
    expect(menuKey('ArrowDown', 0, items)).toEqual({ kind: 'focus', index: 1 });
    expect(menuKey('ArrowDown', 3, items)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('ArrowUp', 2, items)).toEqual({ kind: 'focus', index: 1 });
    expect(menuKey('ArrowUp', 0, items)).toEqual({ kind: 'focus', index: 3 });
  });

  it('homeAndEndGoToTheEnds', () => {
    expect(menuKey('Home', 2, items)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('End', 1, items)).toEqual({ kind: 'focus', index: 3 });
  });

  it('escapeClosesAndReturnsFocusWhileTabClosesAndMovesOn', () => {
    expect(menuKey('Escape', 1, items)).toEqual({ kind: 'close', focus: 'returnFocus' });
    expect(menuKey('Tab', 1, items)).toEqual({ kind: 'close', focus: 'moveOn' });
    expect(menuKey('Escape', 0, [])).toEqual({ kind: 'close', focus: 'returnFocus' });
  });

  it('aLetterGoesToTheNextItemStartingWithIt', () => {
    expect(menuKey('p', 0, items)).toEqual({ kind: 'focus', index: 2 });
    expect(menuKey('S', 2, items)).toEqual({ kind: 'focus', index: 3 });
    // From the last "S…" item it wraps to the first one.
    expect(menuKey('s', 3, items)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('x', 0, items)).toBeNull();
  });

  it('leavesOtherKeysAlone', () => {
    expect(menuKey('Enter', 0, items)).toBeNull();
    expect(menuKey(' ', 0, items)).toBeNull();
    expect(menuKey('ArrowLeft', 0, items)).toBeNull();
  });
});

describe('menuButtonKey', () => {
  it('opensAtTheFirstItemWithArrowDownAndAtTheLastWithArrowUp', () => {
    expect(menuButtonKey('ArrowDown')).toBe('first');
    expect(menuButtonKey('ArrowUp')).toBe('last');
    expect(menuButtonKey('Enter')).toBeNull();
  });
});
