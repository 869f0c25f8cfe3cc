import { describe, expect, it } from 'vitest';
import type { EnabledDialIn } from '../api/dialInApi.js';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { groupDigits, howToDialIn, invitationText, plainPhoneNumber, plainValueOf } from './dialInText.js';

const DIAL_IN: EnabledDialIn = {
  enabled: true,
  conferenceNumber: '0123456789',
  pin: '9876543210',
  dialInNumber: '+49 (30) 123-4567',
};
const LINK = 'https://plenum.example/r/AbCdEfGhIjKlMnOpQrSt_-12';

describe('dialInText', () => {
  it('groupsTenDigitsThreeThreeFourKeepingLeadingZeros', () => {
    expect(groupDigits('0123456789')).toBe('012 345 6789');
    expect(groupDigits('1234')).toBe('1234');
    expect(groupDigits('12345')).toBe('123 45');
    expect(groupDigits('')).toBe('');
  });

  it('copiesEveryPartPlain', () => {
    expect(plainValueOf(DIAL_IN, 'number')).toBe('+49301234567');
    expect(plainValueOf(DIAL_IN, 'conferenceNumber')).toBe('0123456789');
    expect(plainValueOf(DIAL_IN, 'pin')).toBe('9876543210');
    expect(plainValueOf({ ...DIAL_IN, dialInNumber: null }, 'number')).toBeNull();
  });

  it('keepsANumberThatIsOnlySeparatorsAsConfigured', () => {
    expect(plainPhoneNumber('0800 / 123 45-6')).toBe('0800123456');
    expect(plainPhoneNumber(' - ')).toBe(' - ');
  });

  it('saysHowToDialInWithTheNumberAsConfigured', () => {
    expect(howToDialIn(DIAL_IN, en.dialIn)).toBe(
      'How to dial in: call +49 (30) 123-4567, enter the conference number, then #, then the PIN, then #.',
    );
    expect(howToDialIn({ ...DIAL_IN, dialInNumber: null }, de.dialIn)).toBe(
      'So wählen Sie sich ein: die Einwahlnummer anrufen, die Konferenznummer eingeben, dann #, dann die PIN, dann #.',
    );
  });

  it('invitesWithTheLinkAndTheDialInLines', () => {
    expect(invitationText(LINK, DIAL_IN, en.meetingDetails)).toBe(
      [
        `Join the meeting: ${LINK}`,
        '',
        'Join by telephone: call +49 (30) 123-4567',
        'Conference number: 012 345 6789, then #',
        'PIN: 987 654 3210, then #',
      ].join('\n'),
    );
    expect(invitationText(LINK, DIAL_IN, de.meetingDetails)).toContain('Konferenznummer: 012 345 6789, dann #');
  });

  it('invitesWithTheLinkOnlyWithoutDialInOrWithoutANumberToCall', () => {
    expect(invitationText(LINK, null, en.meetingDetails)).toBe(`Join the meeting: ${LINK}`);
    expect(invitationText(LINK, { ...DIAL_IN, dialInNumber: null }, en.meetingDetails)).toBe(
      `Join the meeting: ${LINK}`,
    );
  });
});
