import { describe, expect, it } from 'vitest';
import { guestAccessChoices, guestLinkOffer } from './guestAccessOffer.js';

describe('guestAccessChoices', () => {
  it('offersEveryChoiceWhileNothingSaysGuestsAreForbidden', () => {
    expect(guestAccessChoices('disabled', 'unknown')).toEqual(['disabled', 'waitingRoom', 'direct']);
  });

  it('offersNoChoiceForARoomWithoutGuestsWhenTheOrganisationForbidsThem', () => {
    expect(guestAccessChoices('disabled', 'forbidden')).toEqual([]);
  });

  it('keepsOnlyTheCurrentChoiceAndDisabledForARoomThatStillLetsGuestsIn', () => {
    expect(guestAccessChoices('direct', 'forbidden')).toEqual(['disabled', 'direct']);
    expect(guestAccessChoices('waitingRoom', 'forbidden')).toEqual(['disabled', 'waitingRoom']);
  });
});

describe('guestLinkOffer', () => {
  it('sendsTheOwnerToTheSettingsOnlyWhenTheOrganisationMayAllowGuests', () => {
    expect(guestLinkOffer('disabled', 'unknown')).toBe('enableInSettings');
    expect(guestLinkOffer('disabled', 'forbidden')).toBe('notAllowed');
  });

  it('offersNewLinksOnlyWhileGuestsAreNotKnownToBeForbidden', () => {
    expect(guestLinkOffer('direct', 'unknown')).toBe('create');
    expect(guestLinkOffer('waitingRoom', 'forbidden')).toBe('notAllowed');
  });
});
