import { describe, expect, it } from 'vitest';
import { type TabStopCandidate, tabStops, trapTab } from './focusTrap.js';

const plain: TabStopCandidate = { radioGroup: null, checked: false };
const radio = (group: string, checked = false): TabStopCandidate => ({ radioGroup: group, checked });

// close button, a group of three with the second checked, a group of two with none checked, save, cancel
const dialog = [plain, radio('a'), radio('a', true), radio('a'), radio('b'), radio('b'), plain, plain];

describe('tabStops', () => {
  it('makesEveryRadioGroupOneStopLikeBrowsers', () => {
    expect(tabStops(dialog, false)).toEqual([0, 2, 4, 6, 7]);
    // Without a checked radio, Shift+Tab enters a group at its last radio.
    expect(tabStops(dialog, true)).toEqual([0, 2, 5, 6, 7]);
  });
});

describe('trapTab', () => {
  it('wrapsOnlyAtTheEnds', () => {
    expect(trapTab(dialog, 7, false)).toBe(0);
    expect(trapTab(dialog, 0, true)).toBe(7);
  });

  it('leavesEverythingInBetweenToTheBrowser', () => {
    for (const current of [0, 1, 2, 3, 4, 5, 6]) expect(trapTab(dialog, current, false)).toBe('native');
    for (const current of [1, 2, 3, 4, 5, 6, 7]) expect(trapTab(dialog, current, true)).toBe('native');
  });

  it('wrapsFromAnyRadioOfAGroupAtTheEnd', () => {
    const endsWithGroup = [plain, radio('x'), radio('x', true), radio('x')];
    expect(trapTab(endsWithGroup, 3, false)).toBe(0);
    expect(trapTab(endsWithGroup, 1, false)).toBe(0);
    expect(trapTab(endsWithGroup, 0, true)).toBe(2);
    const startsWithGroup = [radio('y'), radio('y'), plain];
    expect(trapTab(startsWithGroup, 1, true)).toBe(2);
    expect(trapTab(startsWithGroup, 2, false)).toBe(0);
  });

  it('entersFromOutsideAtTheNearEnd', () => {
    expect(trapTab(dialog, -1, false)).toBe(0);
    expect(trapTab(dialog, -1, true)).toBe(7);
  });

  it('hasNowhereToGoWithoutFocusableElements', () => {
    expect(trapTab([], -1, false)).toBeNull();
  });
});
