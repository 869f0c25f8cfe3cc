import { describe, expect, it } from 'vitest';
import { MediaError } from '../MediaError.js';
import { coreError, pluginError } from './janusErrors.js';

describe('Janus error mapping', () => {
  it.each([
    [426, 'notFound'],
    [428, 'notFound'],
    [432, 'limitReached'],
    [433, 'invalidRequest'],
    [437, 'negotiationFailed'],
    [427, 'invalidRequest'],
    [499, 'internal'],
  ] as const)('videoroom %i is %s', (code, kind) => {
    const error = pluginError('janus.plugin.videoroom', code, 'reason');
    expect(error).toBeInstanceOf(MediaError);
    expect(error.kind).toBe(kind);
    expect(error.sfuCode).toBe(code);
  });

  it.each([
    [458, 'notFound'],
    [459, 'notFound'],
    [465, 'negotiationFailed'],
    [466, 'negotiationFailed'],
    [403, 'invalidRequest'],
    [460, 'unavailable'],
    [490, 'internal'],
  ] as const)('core %i is %s', (code, kind) => {
    expect(coreError(code, undefined).kind).toBe(kind);
  });

  it('keeps plugin and core tables apart (490 means different things)', () => {
    expect(pluginError('janus.plugin.audiobridge', 490, 'ID exists').kind).toBe('invalidRequest');
    expect(coreError(490, 'unknown').kind).toBe('internal');
  });

  it('maps unknown codes and plugins to internal', () => {
    expect(pluginError('janus.plugin.other', 426, undefined).kind).toBe('internal');
    expect(coreError(999, undefined).kind).toBe('internal');
  });
});
