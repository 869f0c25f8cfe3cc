import { describe, expect, it } from 'vitest';
import { parseRoomInput } from './parseRoomInput.js';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-12';
const CODE = 'abcdefghijklmnopqrstuvwxyz_-0123';
const here = { origin: 'https://meet.example.gov', protocol: 'https:' };
const local = { origin: 'http://localhost:8098', protocol: 'http:' };

describe('parseRoomInput', () => {
  it('acceptsLinksToThisServerPathsAndBareIds', () => {
    expect(parseRoomInput(`https://meet.example.gov/r/${ID}`, here)).toEqual({ kind: 'here', roomId: ID });
    expect(parseRoomInput(`  https://meet.example.gov/r/${ID}/?x=1 `, here)).toEqual({ kind: 'here', roomId: ID });
    expect(parseRoomInput(`/r/${ID}`, here)).toEqual({ kind: 'here', roomId: ID });
    expect(parseRoomInput(ID, here)).toEqual({ kind: 'here', roomId: ID });
  });

  it('acceptsHostAndPortWithoutAScheme', () => {
    expect(parseRoomInput(`localhost:8098/r/${ID}`, local)).toEqual({ kind: 'here', roomId: ID });
    expect(parseRoomInput(`meet.example.gov/r/${ID}`, here)).toEqual({ kind: 'here', roomId: ID });
    expect(parseRoomInput(`127.0.0.1:8080/r/${ID}`, local)).toEqual({
      kind: 'elsewhere',
      url: `http://127.0.0.1:8080/r/${ID}`,
    });
  });

  it('opensLinksOfAnotherServerThere', () => {
    expect(parseRoomInput(`https://plenum.other.example/r/${ID}`, here)).toEqual({
      kind: 'elsewhere',
      url: `https://plenum.other.example/r/${ID}`,
    });
    expect(parseRoomInput(`http://meet.example.gov/r/${ID}`, here)).toEqual({
      kind: 'elsewhere',
      url: `http://meet.example.gov/r/${ID}`,
    });
    expect(parseRoomInput(`other.example:8443/r/${ID}`, here)).toEqual({
      kind: 'elsewhere',
      url: `https://other.example:8443/r/${ID}`,
    });
  });

  it('tellsEmptyFromInvalid', () => {
    expect(parseRoomInput('', here)).toEqual({ kind: 'empty' });
    expect(parseRoomInput('   ', here)).toEqual({ kind: 'empty' });
    expect(parseRoomInput('hello world', here)).toEqual({ kind: 'invalid' });
    expect(parseRoomInput('https://meet.example.gov/', here)).toEqual({ kind: 'invalid' });
    expect(parseRoomInput('https://plenum.other.example/admin', here)).toEqual({ kind: 'invalid' });
    expect(parseRoomInput(`javascript:alert(1)//r/${ID}`, here)).toEqual({ kind: 'invalid' });
    expect(parseRoomInput(`ftp://other.example/r/${ID}`, here)).toEqual({ kind: 'invalid' });
    expect(parseRoomInput('/r/short', here)).toEqual({ kind: 'invalid' });
  });

  it('acceptsGuestLinksOfThisServerAndOpensOthersThere', () => {
    expect(parseRoomInput(`https://meet.example.gov/i/${CODE}`, here)).toEqual({ kind: 'invite', code: CODE });
    expect(parseRoomInput(`/i/${CODE}`, here)).toEqual({ kind: 'invite', code: CODE });
    expect(parseRoomInput(`https://plenum.other.example/i/${CODE}`, here)).toEqual({
      kind: 'elsewhere',
      url: `https://plenum.other.example/i/${CODE}`,
    });
    expect(parseRoomInput('https://meet.example.gov/i/short', here)).toEqual({ kind: 'invalid' });
  });
});
