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
