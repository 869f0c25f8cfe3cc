import { describe, expect, it } from 'vitest';
import { formatWait, secondsLeft } from './countdown.js';

describe('formatWait', () => {
  it('showsSecondsUnderAMinuteAndMinutesFromSixtyOn', () => {
    expect(formatWait(45)).toBe('45 s');
    expect(formatWait(1)).toBe('1 s');
    expect(formatWait(60)).toBe('1 min');
    expect(formatWait(300)).toBe('5 min');
    expect(formatWait(295)).toBe('4 min 55 s');
  });

  it('roundsUpAndNeverGoesBelowZero', () => {
    expect(formatWait(0.2)).toBe('1 s');
    expect(formatWait(-3)).toBe('0 s');
  });
});

describe('secondsLeft', () => {
  it('countsDownFromTheStart', () => {
    expect(secondsLeft(30, 1000, 1000)).toBe(30);
    expect(secondsLeft(30, 1000, 2000)).toBe(29);
    expect(secondsLeft(30, 1000, 2500)).toBe(29);
    expect(secondsLeft(30, 1000, 31_000)).toBe(0);
    expect(secondsLeft(30, 1000, 99_000)).toBe(0);
  });
});
