import { describe, expect, it } from 'vitest';
import { ActiveSpeakerDetector } from './ActiveSpeakerDetector.js';

const levels = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('ActiveSpeakerDetector', () => {
  it('needsASustainedLoudStretchToStartSpeaking', () => {
    const d = new ActiveSpeakerDetector();
    expect(d.update(levels({ a: 0.2 }), 0)).toBeNull();
    expect(d.update(levels({ a: 0.2 }), 100)).toBeNull();
    expect(d.update(levels({ a: 0.2 }), 300)).toBe('a');
  });

  it('aShortClickDoesNotHighlight', () => {
    const d = new ActiveSpeakerDetector();
    d.update(levels({ a: 0.5 }), 0);
    d.update(levels({ a: 0 }), 100);
    expect(d.update(levels({ a: 0.5 }), 300)).toBeNull();
  });

  it('staysThroughShortPausesAndOnlyThenMovesOn', () => {
    const d = new ActiveSpeakerDetector();
    d.update(levels({ a: 0.2, b: 0 }), 0);
    d.update(levels({ a: 0.2, b: 0 }), 300);
    // a pauses briefly while b starts talking louder: a keeps the highlight.
    d.update(levels({ a: 0, b: 0.5 }), 400);
    expect(d.update(levels({ a: 0, b: 0.5 }), 800)).toBe('a');
    expect(d.update(levels({ a: 0.2, b: 0.5 }), 900)).toBe('a');
    // a goes quiet for good: after the stop hold, b takes over.
    d.update(levels({ a: 0, b: 0.5 }), 1000);
    expect(d.update(levels({ a: 0, b: 0.5 }), 2300)).toBe('b');
  });

  it('forgetsTracksThatAreGone', () => {
    const d = new ActiveSpeakerDetector();
    d.update(levels({ a: 0.2 }), 0);
    d.update(levels({ a: 0.2 }), 300);
    expect(d.update(levels({}), 400)).toBeNull();
  });
});

describe('ActiveSpeakerDetector with telephone callers', () => {
  const talking = (...ids: string[]) => new Set(ids);

  it('aTalkingCallerIsTheSpeakerAtOnceAndStopsWhenTheServerSaysSo', () => {
    const d = new ActiveSpeakerDetector();
    expect(d.update(levels({ a: 0 }), 0, talking('phone'))).toBe('phone');
    expect(d.update(levels({ a: 0 }), 150, talking('phone'))).toBe('phone');
    expect(d.update(levels({ a: 0 }), 300, talking())).toBeNull();
  });

  it('theHighlightStaysWithTheCurrentSpeakerWhetherMeasuredOrCalling', () => {
    const d = new ActiveSpeakerDetector();
    d.update(levels({ a: 0.2 }), 0);
    expect(d.update(levels({ a: 0.2 }), 300, talking('phone'))).toBe('a');
    // a stops for good: the talking caller takes over.
    d.update(levels({ a: 0 }), 400, talking('phone'));
    expect(d.update(levels({ a: 0 }), 1700, talking('phone'))).toBe('phone');
    // a speaks again while the caller still talks: the caller keeps it.
    d.update(levels({ a: 0.5 }), 1800, talking('phone'));
    expect(d.update(levels({ a: 0.5 }), 2100, talking('phone'))).toBe('phone');
    expect(d.update(levels({ a: 0.5 }), 2200, talking())).toBe('a');
  });

  it('whenTheHighlightMovesOnMeasuredSpeakersComeFirstThenTheLongestTalkingCaller', () => {
    const d = new ActiveSpeakerDetector();
    d.update(levels({ a: 0.2 }), 0, talking('p1', 'p2'));
    expect(d.update(levels({ a: 0.2 }), 0, talking('p1', 'p2'))).toBe('p1');
    expect(d.update(levels({ a: 0.2 }), 300, talking('p2'))).toBe('a');
    d.update(levels({ a: 0 }), 400, talking('p2', 'p1'));
    expect(d.update(levels({ a: 0 }), 1700, talking('p2', 'p1'))).toBe('p2');
  });
});
