import { describe, expect, it } from 'vitest';
import { moderationMessages } from './moderationMessages.js';
import { pickerStatus } from './pickerStatus.js';

const words = moderationMessages.en.tools.find.status;

describe('pickerStatus', () => {
  it('tellsApartPeopleOfTheSameName', () => {
    expect(pickerStatus({ role: 'guest', kind: 'browser' }, 'muted', words)).toBe('Guest · muted');
    expect(pickerStatus({ role: 'participant', kind: 'browser' }, 'on', words)).toBe('');
    expect(pickerStatus({ role: 'moderator', kind: 'browser' }, 'off', words)).toBe('Moderator');
    expect(pickerStatus({ role: 'participant', kind: 'phone' }, 'muted', words)).toBe('by phone · muted');
  });

  it('speaksGerman', () => {
    expect(pickerStatus({ role: 'guest', kind: 'browser' }, 'muted', moderationMessages.de.tools.find.status)).toBe(
      'Gast · stummgeschaltet',
    );
  });
});
