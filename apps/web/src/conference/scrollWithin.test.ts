import { describe, expect, it } from 'vitest';
import { type ScrollBox, scrollWithin } from './scrollWithin.js';

/** A box `top` px down the screen; in a scroll area, its content moves up as the area scrolls down. */
const box = (top: number, area?: ScrollBox): ScrollBox => ({
  scrollTop: 0,
  getBoundingClientRect: () => ({ top: top - (area?.scrollTop ?? 0) }),
});

describe('scrollWithin', () => {
  it('bringsTheTargetToTheTopOfTheArea', () => {
    const panel = box(60);
    const section = box(900, panel);
    scrollWithin(panel, section);
    expect(panel.scrollTop).toBe(840);
    expect(section.getBoundingClientRect().top).toBe(panel.getBoundingClientRect().top);
  });

  it('scrollsBackUpToATargetAboveAndLeavesTheTargetItselfAlone', () => {
    const panel = box(60);
    panel.scrollTop = 500;
    const section = box(200, panel);
    scrollWithin(panel, section);
    expect(panel.scrollTop).toBe(140);
    expect(section.scrollTop).toBe(0);
  });
});
