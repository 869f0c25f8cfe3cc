import { describe, expect, it } from 'vitest';
import { copyText } from './copyText.js';

describe('copyText', () => {
  it('usesTheClipboardApiWhenItWorks', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (t: string) => void written.push(t) };
    expect(await copyText('https://x/r/1', clipboard, () => false)).toBe(true);
    expect(written).toEqual(['https://x/r/1']);
  });

  it('fallsBackWhenTheClipboardApiIsMissingOrRefuses', async () => {
    const fallback: string[] = [];
    const copy = (t: string) => fallback.push(t) > 0;
    expect(await copyText('a', undefined, copy)).toBe(true);
    const refusing = { writeText: () => Promise.reject(new Error('NotAllowedError')) };
    expect(await copyText('b', refusing, copy)).toBe(true);
    expect(fallback).toEqual(['a', 'b']);
    expect(await copyText('c', undefined, () => false)).toBe(false);
  });
});
