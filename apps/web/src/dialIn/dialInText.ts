import type { EnabledDialIn } from '../api/dialInApi.js';
import type { Catalogue } from '../i18n/en.js';

/**
 * Digits grouped for reading and for saying aloud: threes from the left, the last group of four
 * (`0123456789` → `012 345 6789`, the way telephone numbers are usually read). Copies use the plain digits.
 */
export function groupDigits(digits: string): string {
  const groups: string[] = [];
  let rest = digits;
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  if (rest !== '') groups.push(rest);
  return groups.join(' ');
}

/**
 * The dial-in number as a telephone or a dialler takes it: the administrator's spacing, dashes, dots, slashes and
 * brackets removed (`+49 (30) 123-4567` → `+49301234567`). A number with nothing else left stays as configured.
 */
export function plainPhoneNumber(number: string): string {
  const plain = number.replace(/[\s\-./()]/g, '');
  return plain === '' ? number : plain;
}

/** The parts of dial-in a person can copy, each copied plain. */
export type DialInPart = 'number' | 'conferenceNumber' | 'pin';

/** What the copy button of `part` puts on the clipboard; `null` for a dial-in number the installation lacks. */
export function plainValueOf(dialIn: EnabledDialIn, part: DialInPart): string | null {
  switch (part) {
    case 'number':
      return dialIn.dialInNumber === null ? null : plainPhoneNumber(dialIn.dialInNumber);
    case 'conferenceNumber':
      return dialIn.conferenceNumber;
    case 'pin':
      return dialIn.pin;
  }
}

/** The one-line "how to dial in", with the number to call when the installation names one. */
export function howToDialIn(dialIn: EnabledDialIn, words: Catalogue['dialIn']): string {
  return dialIn.dialInNumber === null ? words.howToWithoutNumber : words.howTo(dialIn.dialInNumber);
}

/**
 * The invitation to paste into a mail or calendar entry: the meeting link, and when the room has dial-in with a
 * number to call, how to join by telephone (conference number and PIN grouped, for people who type them from paper).
 * Without a dial-in number the telephone lines are left out: nobody could use them.
 */
export function invitationText(
  meetingLink: string,
  dialIn: EnabledDialIn | null,
  words: Catalogue['meetingDetails'],
): string {
  const lines = [words.invitationLink(meetingLink)];
  if (dialIn?.dialInNumber) {
    lines.push(
      '',
      words.invitationPhone(dialIn.dialInNumber),
      words.invitationConferenceNumber(groupDigits(dialIn.conferenceNumber)),
      words.invitationPin(groupDigits(dialIn.pin)),
    );
  }
  return lines.join('\n');
}
