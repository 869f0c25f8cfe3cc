import { describe, expect, it } from 'vitest';
import { parseInfoDtmf } from './infoDtmf.js';

describe('parseInfoDtmf', () => {
  it('reads application/dtmf-relay (Cisco style)', () => {
    expect(parseInfoDtmf('application/dtmf-relay', 'Signal=5\r\nDuration=160\r\n')).toEqual({
      ok: true,
      value: { digit: '5', durationMs: 160 },
    });
  });

  it('is lenient about case, spaces, LF line ends, parameters and field order', () => {
    expect(parseInfoDtmf('Application/DTMF-Relay; charset=utf-8', 'duration = 250\nsignal= #\n')).toEqual({
      ok: true,
      value: { digit: '#', durationMs: 250 },
    });
    expect(parseInfoDtmf('application/dtmf-relay', 'Signal=*')).toEqual({
      ok: true,
      value: { digit: '*', durationMs: null },
    });
  });

  it('reads event codes 10–15 as *, # and A–D', () => {
    const read = (signal: string) => {
      const result = parseInfoDtmf('application/dtmf-relay', `Signal=${signal}`);
      return result.ok ? result.value.digit : result.error;
    };
    expect(['10', '11', '12', '15', 'b'].map(read)).toEqual(['*', '#', 'A', 'D', 'B']);
  });

  it('reads application/dtmf', () => {
    expect(parseInfoDtmf('application/dtmf', '5')).toEqual({ ok: true, value: { digit: '5', durationMs: null } });
    expect(parseInfoDtmf('application/dtmf', '11\r\n')).toEqual({ ok: true, value: { digit: '#', durationMs: null } });
  });

  it('names what is wrong', () => {
    const error = (contentType: string, body: string) => {
      const result = parseInfoDtmf(contentType, body);
      return result.ok ? undefined : result.error;
    };
    expect(error('application/sdp', 'v=0')).toBe('unsupported_content_type');
    expect(error('application/dtmf-relay', 'Duration=100')).toBe('missing_signal');
    expect(error('application/dtmf-relay', 'Signal=')).toBe('missing_signal');
    expect(error('application/dtmf-relay', 'Signal=16')).toBe('bad_signal');
    expect(error('application/dtmf-relay', 'Signal=55')).toBe('bad_signal');
    expect(error('application/dtmf-relay', 'Signal=5\r\nDuration=-1')).toBe('bad_duration');
    expect(error('application/dtmf', '')).toBe('missing_signal');
    expect(error('application/dtmf', 'x')).toBe('bad_signal');
    expect(error('application/dtmf-relay', `Signal=5\r\n${'x'.repeat(2000)}`)).toBe('too_large');
  });
});
