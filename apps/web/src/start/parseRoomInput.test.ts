import { describe, expect, it } from 'vitest';
import { parseRoomInput } from './parseRoomInput.js';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-12';

describe('parseRoomInput', () => {
  it('acceptsLinksPathsAndBareIds', () => {
    expect(parseRoomInput(`https://meet.example.gov/r/${ID}`)).toBe(ID);
    expect(parseRoomInput(`  https://meet.example.gov/r/${ID}/?x=1 `)).toBe(ID);
    expect(parseRoomInput(`/r/${ID}`)).toBe(ID);
    expect(parseRoomInput(ID)).toBe(ID);
  });

  it('rejectsEverythingElse', () => {
    expect(parseRoomInput('')).toBeNull();
    expect(parseRoomInput('hello world')).toBeNull();
    expect(parseRoomInput('https://meet.example.gov/')).toBeNull();
  });
});
