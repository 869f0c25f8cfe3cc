import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EnabledDialIn } from '../api/dialInApi.js';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { DialInDetails } from './DialInDetails.js';

const DIAL_IN: EnabledDialIn = {
  enabled: true,
  conferenceNumber: '0123456789',
  pin: '9876543210',
  dialInNumber: '+49 30 1234567',
};
const none = () => undefined;
const render = (dialIn: EnabledDialIn, words = en.dialIn) =>
  renderToStaticMarkup(<DialInDetails dialIn={dialIn} words={words} onCopy={none} />);
/** Each term with its value, in order. */
const terms = (html: string) =>
  [...html.matchAll(/<dt>([^<]+)<\/dt><dd><span class="dial-in__value">([^<]+)<\/span>/g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );
const copyNames = (html: string) => [...html.matchAll(/aria-label="([^"]+)"[^>]*>Copy</g)].map((m) => m[1]);

describe('DialInDetails', () => {
  it('showsNumberAsConfiguredAndConferenceNumberAndPinGroupedForReadingAloud', () => {
    const html = render(DIAL_IN);
    expect(terms(html)).toEqual([
      'Dial-in number: +49 30 1234567',
      'Conference number: 012 345 6789',
      'PIN: 987 654 3210',
    ]);
    expect(html).toContain(
      '<p class="dial-in__how">How to dial in: call +49 30 1234567, enter the conference number, then #, then the PIN, then #.</p>',
    );
    expect(html).not.toContain('sip.dialInNumber');
  });

  it('namesEveryCopyButtonByWhatItCopies', () => {
    expect(copyNames(render(DIAL_IN))).toEqual(['Copy dial-in number', 'Copy conference number', 'Copy PIN']);
    expect(render(DIAL_IN, de.dialIn)).toContain('aria-label="Konferenznummer kopieren"');
  });

  it('saysTheAdministratorMustSetTheNumberAndStillShowsConferenceNumberAndPin', () => {
    const html = render({ ...DIAL_IN, dialInNumber: null });
    expect(terms(html)).toEqual(['Conference number: 012 345 6789', 'PIN: 987 654 3210']);
    expect(copyNames(html)).toEqual(['Copy conference number', 'Copy PIN']);
    expect(html).toContain('your administrator has to set it (sip.dialInNumber)');
    expect(html).toContain('How to dial in: call the dial-in number, enter the conference number');
  });
});
