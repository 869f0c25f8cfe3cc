import { describe, expect, it } from 'vitest';
import {
  fittingItems,
  inToolbarOrder,
  planItems,
  planToolbar,
  type ToolbarPlan,
  type ToolbarWidths,
} from './toolbarLayout.js';

const widths = (available: number, item: number, count = 10): ToolbarWidths => ({
  available,
  core: [item, item, item],
  items: Array.from({ length: count }, () => item),
  more: item,
  gap: 10,
});

describe('fittingItems', () => {
  it('showsEveryItemWhenAllFitWithoutMore', () => {
    // 13 controls of 50 and 12 gaps of 10: exactly 770.
    expect(fittingItems(widths(770, 50))).toBe(10);
  });

  it('keepsRoomForMoreWhenNotAllFit', () => {
    // Core (3) + n items + More, each 50 wide: 50(4 + n) + 10(3 + n) ≤ 769 for n up to 8.
    expect(fittingItems(widths(769, 50))).toBe(8);
  });

  it('showsNoItemWhenOnlyTheCoreAndMoreFit', () => {
    expect(fittingItems(widths(230, 50))).toBe(0);
    expect(fittingItems(widths(100, 50))).toBe(0);
  });

  it('takesItemsInOrderAndStopsAtTheFirstThatDoesNotFit', () => {
    expect(fittingItems({ available: 300, core: [50], items: [50, 200, 10], more: 40, gap: 0 })).toBe(1);
  });

  it('needsNoMoreWithoutItems', () => {
    expect(fittingItems({ available: 10, core: [50, 50], items: [], more: 40, gap: 5 })).toBe(0);
  });
});

/**
 * The toolbar as the browser lays it out (widths as measured in Chromium at the default font size): labels in one
 * line (`full`), labels wrapped in narrower buttons (`dense`), icons only. Padding 16 px a side, 8 px between
 * controls and 16 px before "Leave" (on a phone 5.6 and 8 px).
 */
const labels = {
  microphone: [117, 104, 48],
  camera: [117, 104, 48],
  screen: [97, 88, 48],
  leave: [76, 52, 48],
  more: [76, 52, 48],
  participants: [130, 104, 48],
  waitingRoom: [97, 88, 48],
  chat: [76, 52, 48],
  breakout: [110, 101, 48],
  raiseHand: [84, 76, 48],
  reactions: [78, 70, 48],
  speakerList: [97, 88, 48],
  polls: [76, 52, 48],
  moderation: [84, 76, 48],
  settings: [76, 64, 48],
} as const;
type Control = keyof typeof labels;
const moderatorItems: Control[] = [
  'participants',
  'waitingRoom',
  'chat',
  'breakout',
  'raiseHand',
  'reactions',
  'speakerList',
  'polls',
  'moderation',
  'settings',
];
const participantItems: Control[] = [
  'participants',
  'chat',
  'raiseHand',
  'reactions',
  'speakerList',
  'polls',
  'settings',
];
const [FULL, DENSE, ICONS] = [0, 1, 2] as const;

/** The densities of a toolbar `viewport` px wide with `items` (and "Share screen" unless `screen` is false). */
function toolbarAt(viewport: number, items: readonly Control[], screen = true): ToolbarWidths[] {
  const phone = viewport < 768;
  const room = viewport - 32;
  return [FULL, DENSE, ICONS].map((density) => ({
    available: room - labels.leave[density] - (phone ? 8 : 16),
    core: [labels.microphone[density], labels.camera[density], ...(screen ? [labels.screen[density]] : [])],
    items: items.map((item) => labels[item][density]),
    more: labels.more[density],
    gap: phone ? 5.6 : 8,
  }));
}
const plan = (viewport: number, items: readonly Control[], previous?: ToolbarPlan) =>
  planToolbar(toolbarAt(viewport, items), { labelled: 2, ...(previous ? { previous, slack: 24 } : {}) });

describe('planToolbar', () => {
  it('at1280EveryoneKeepsEveryControlWithItsLabel', () => {
    expect(plan(1280, participantItems)).toEqual({ density: FULL, shown: 7 });
    expect(plan(1280, moderatorItems)).toEqual({ density: DENSE, shown: 10 });
  });

  it('at1024AModeratorKeepsLabelsAndPutsTheRestIntoMore', () => {
    // Not icons only (everything would fit so): labels stay, four controls go into "More".
    expect(plan(1024, moderatorItems)).toEqual({ density: DENSE, shown: 6 });
    expect(plan(1024, participantItems)).toEqual({ density: DENSE, shown: 7 });
  });

  it('at800TheCoreControlsKeepTheirLabelsWithAFewItems', () => {
    expect(plan(800, moderatorItems)).toEqual({ density: DENSE, shown: 3 });
    expect(plan(800, participantItems)).toEqual({ density: DENSE, shown: 3 });
  });

  it('at360OnlyIconsFitAndMostItemsGoIntoMore', () => {
    expect(plan(360, moderatorItems)).toEqual({ density: ICONS, shown: 1 });
    expect(plan(360, participantItems)).toEqual({ density: ICONS, shown: 1 });
  });

  it('prefersMoreOverDroppingAllLabelsButLabelsOverMore', () => {
    // Icons only would show all ten, labels only three: labels win while the core controls and "More" fit.
    const densities = [widths(500, 60), widths(500, 25)];
    expect(fittingItems(densities[1] as ToolbarWidths)).toBe(10);
    expect(planToolbar(densities, { labelled: 1 })).toEqual({ density: 0, shown: 3 });
    // Among labelled densities, the one with fewer controls in "More"; on a tie the roomier one.
    expect(planToolbar([widths(1100, 100), widths(1100, 70), widths(1100, 48)], { labelled: 2 })).toEqual({
      density: 1,
      shown: 10,
    });
    expect(planToolbar([widths(2000, 100), widths(2000, 48)], { labelled: 1 })).toEqual({ density: 0, shown: 10 });
  });

  it('dropsLabelsOnlyWhenTheCoreControlsAndMoreDoNotFitWithThem', () => {
    // 360 px phone: 3 core + More + 2 items of 48 with 6 px gaps = 6 * 48 + 5 * 6 = 318.
    const phone = { available: 330, core: [48, 48, 48], items: Array(10).fill(48), more: 48, gap: 6 };
    expect(planToolbar([{ ...phone, core: [90, 90, 90], items: Array(10).fill(90) }, phone], { labelled: 1 })).toEqual({
      density: 1,
      shown: 2,
    });
  });

  it('keepsThePlanInUseWhenTheRoomGrowsByLessThanTheSlack', () => {
    // From 1107 px on, a seventh control fits in the moderator's row, but the plan in use changes only with 24 px
    // to spare.
    const before = plan(1024, moderatorItems);
    expect(before).toEqual({ density: DENSE, shown: 6 });
    expect(plan(1110, moderatorItems)).toEqual({ density: DENSE, shown: 7 });
    expect(plan(1110, moderatorItems, before)).toEqual(before);
    expect(plan(1140, moderatorItems, before)).toEqual({ density: DENSE, shown: 7 });
  });

  it('givesUpThePlanInUseAsSoonAsItNoLongerFits', () => {
    const before = plan(1024, participantItems);
    expect(plan(900, participantItems, before)).toEqual(plan(900, participantItems));
    expect(plan(900, participantItems, before).shown).toBeLessThan(before.shown);
  });

  it('doesNotFlapWhenTheRoomChangesByAScrollBarBackAndForth', () => {
    // Without the plan in use, 15 px back and forth would switch between six and seven controls in the row.
    expect(plan(1110, moderatorItems)).not.toEqual(plan(1095, moderatorItems));
    let current = plan(1095, moderatorItems);
    const seen = new Set<string>();
    for (const viewport of [1110, 1095, 1110, 1095, 1110]) {
      current = plan(viewport, moderatorItems, current);
      seen.add(JSON.stringify(current));
    }
    expect([...seen]).toEqual([JSON.stringify({ density: DENSE, shown: 6 })]);
  });
});

describe('planItems', () => {
  /** A guest who joined through the waiting room: no "Share screen" (not allowed), the participants' tools. */
  const guestItems: Control[] = participantItems;
  const guestAt = (viewport: number) => toolbarAt(viewport, guestItems, false);
  const options = { labelled: 2, slack: 24 };

  it('aGuestAt1280KeepsEveryControlInTheRowWithItsLabel', () => {
    expect(planItems(guestItems, guestAt(1280), options)).toEqual({ density: FULL, shown: 7, keys: guestItems });
  });

  it('doesNotKeepAPlanMadeForOtherControls', () => {
    // While joining, the guest's toolbar had only two items; all of them showed. Then the meeting's tools came.
    const joining: Control[] = ['participants', 'settings'];
    const inUse = planItems(joining, toolbarAt(1040, joining, false), options);
    expect(inUse).toMatchObject({ density: FULL, shown: 2 });
    const fresh = planItems(guestItems, guestAt(1040), options);
    expect(fresh).toEqual({ density: FULL, shown: 7, keys: guestItems });
    // Taken as the plan in use, "2 in the row" would have counted for the new items: a denser toolbar than needed.
    expect(planToolbar(guestAt(1040), { ...options, previous: inUse })).not.toEqual({ density: FULL, shown: 7 });
    expect(planItems(guestItems, guestAt(1040), { ...options, inUse })).toEqual(fresh);
  });

  it('keepsThePlanInUseForTheSameControls', () => {
    const inUse = planItems(moderatorItems, toolbarAt(1024, moderatorItems), options);
    expect(inUse).toMatchObject({ density: DENSE, shown: 6 });
    expect(planItems(moderatorItems, toolbarAt(1110, moderatorItems), { ...options, inUse })).toEqual(inUse);
  });
});

describe('inToolbarOrder', () => {
  /** The moderator's items as the conference lists them: participants, the modules in registry order, the rest. */
  const asListed = [
    'participants',
    'module:lobby',
    'module:chat',
    'module:breakout',
    'module:raise-hands',
    'module:reactions',
    'module:talking-stick',
    'module:polls',
    'moderation',
    'settings',
  ].map((key) => ({ key }));

  it('putsModerationBeforeTheToolsOfSomeMoments', () => {
    expect(inToolbarOrder(asListed).map((item) => item.key)).toEqual([
      'participants',
      'module:lobby',
      'module:chat',
      'moderation',
      'module:breakout',
      'module:raise-hands',
      'module:reactions',
      'module:talking-stick',
      'module:polls',
      'settings',
    ]);
  });

  it('keepsModerationInTheModeratorsRowAt1024', () => {
    const controls: Control[] = [
      'participants',
      'waitingRoom',
      'chat',
      'moderation',
      'breakout',
      'raiseHand',
      'reactions',
      'speakerList',
      'polls',
      'settings',
    ];
    const { shown } = plan(1024, controls);
    expect(controls.indexOf('moderation')).toBeLessThan(shown);
    // In the order before, it was the ninth of ten and went into "More".
    expect(moderatorItems.indexOf('moderation')).toBeGreaterThanOrEqual(plan(1024, moderatorItems).shown);
  });

  it('leavesAParticipantsOrderAsItWas', () => {
    const listed = ['participants', 'module:chat', 'module:raise-hands', 'module:reactions', 'settings'].map((key) => ({
      key,
    }));
    expect(inToolbarOrder(listed)).toEqual(listed);
  });
});
