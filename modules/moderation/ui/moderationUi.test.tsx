import type { Self } from '@plenum/client-kit';
import { missingTranslations, type ParticipantMenuEntry } from '@plenum/client-kit/ui';
import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import { isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ModerationState } from '../client/moderationReducer.js';
import { moderationMessages } from './moderationMessages.js';
import { moderationUi } from './moderationUi.js';

const olga = participantInfo('olga-participant-00009', 'Olga', { role: 'moderator', owner: true });
const alice = participantInfo('alice-participant-0001', 'Alice', { role: 'moderator' });
const bob = participantInfo('bob-participant-000002', 'Bob <b>');
const gast = participantInfo('gast-participant-00003', 'Gast', { role: 'guest' });
const caller = participantInfo('call-participant-00004', 'Anruf', { kind: 'phone', registered: false });
const recorder = participantInfo('reco-participant-00005', 'Aufzeichnung', { kind: 'recorder', registered: false });
const moderator: Self = { participantId: alice.id, role: 'moderator', owner: false, moderator: true };
const owner: Self = { participantId: olga.id, role: 'moderator', owner: true, moderator: true };
const participant: Self = { participantId: bob.id, role: 'participant', owner: false, moderator: false };
const off: ModerationState = { restrictions: { on: false, allowed: [] }, linkGuests: [] };
const policy: RoomPolicy = { selfRename: true, switchedOff: ['chat'] };

function props(state: ModerationState, self: Self, extra: { policy?: RoomPolicy; locale?: 'en' | 'de' } = {}) {
  const sent: unknown[] = [];
  const locale = extra.locale ?? 'en';
  return {
    sent,
    props: {
      state,
      self,
      send: (command: unknown) => {
        sent.push(command);
        return `c${sent.length}`;
      },
      participants: [olga, alice, bob, gast, caller, recorder],
      locale,
      messages: moderationMessages[locale],
      ...(extra.policy ? { policy: extra.policy } : {}),
    },
  };
}

const sectionsOf = (state: ModerationState, self: Self, extra: { policy?: RoomPolicy } = { policy }) =>
  moderationUi.moderationSections?.(props(state, self, extra).props) ?? [];
const html = (state: ModerationState, self: Self, key: string) =>
  renderToStaticMarkup(sectionsOf(state, self).find((s) => s.key === key)?.content);
const labels = (entries: readonly ParticipantMenuEntry[] | undefined) => entries?.map((e) => e.label);

describe('moderation sections', () => {
  it('givesModeratorsMicrophonesAndParticipantsFirstRulesBetweenAndTheDebriefLast', () => {
    expect(sectionsOf(off, moderator).map((s) => [s.key, s.heading, s.place])).toEqual([
      ['microphones', 'Microphones', 'frequent'],
      ['participants', 'Participants', 'frequent'],
      ['rules', 'Rules', undefined],
      ['ending', 'Debrief or end the meeting', 'last'],
    ]);
    expect(sectionsOf(off, participant)).toEqual([]);
    expect(moderationUi.moderation).toBeUndefined();
  });

  it('showsTheRulesAsTheCorePolicyHasThem', () => {
    const rules = html(off, moderator, 'rules');
    expect(rules).toContain('<legend>Available to participants</legend>');
    expect(rules).toMatch(/<input type="checkbox" checked=""[^>]*\/>Participants may change their own name/);
    expect(rules).toMatch(/<input type="checkbox"[^>]*\/>Chat/);
    expect(rules).not.toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/>Chat/);
    expect(rules).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/>Reactions/);
    const locked = { selfRename: false, switchedOff: [] };
    const lockedHtml = renderToStaticMarkup(
      sectionsOf(off, moderator, { policy: locked }).find((s) => s.key === 'rules')?.content,
    );
    expect(lockedHtml).not.toMatch(/checked=""[^>]*\/>Participants may change/);
    expect(lockedHtml).toMatch(/checked=""[^>]*\/>Chat/);
    expect(sectionsOf(off, moderator, {}).map((s) => s.key)).not.toContain('rules');
  });

  it('findsParticipantsWithOneLabelledComboboxAndCountsThem', () => {
    const section = html(off, moderator, 'participants');
    const label = /<label id="([^"]+)" for="([^"]+)">Find a participant<\/label>/.exec(section);
    expect(label).not.toBeNull();
    expect(section).toContain(`id="${label?.[2]}" type="text" role="combobox"`);
    expect(section).toContain(`role="listbox" aria-labelledby="${label?.[1]}"`);
    expect(section.match(/<label/g)).toHaveLength(1);
    expect(section).not.toContain('<h4');
    // Everyone a moderator may act on: not themselves, not the recorder.
    expect(section.match(/role="option"/g)).toHaveLength(4);
    expect(section).toContain('aria-selected="false"');
    expect(section).toContain('>Bob &lt;b&gt;</div>');
    expect(section).not.toContain('<b>');
    expect(section).not.toContain('Aufzeichnung');
    expect(section).toContain('role="status">4 people</p>');
    expect(section).toContain('Choose someone in the list to see what you can do.');
  });

  it('filtersTheAllowListWhileRestrictionsAreOn', () => {
    expect(html(off, moderator, 'microphones')).not.toContain('Allowed to speak');
    const on = { restrictions: { on: true, allowed: [gast.id] }, linkGuests: [] };
    const section = html(on, moderator, 'microphones');
    expect(section).toContain('>Mute everyone</button>');
    expect(section).toContain('<legend>Allowed to speak</legend>');
    expect(section).toMatch(/<label for="[^"]+">Filter by name<\/label><input id="[^"]+" type="search"/);
    expect(section).toContain('role="status">3 people</p>');
    expect(section).toMatch(/<input type="checkbox" checked=""[^>]*\/>Gast/);
    expect(section).not.toMatch(/\/>Alice<\/label>/);
    expect(section).not.toMatch(/\/>Aufzeichnung<\/label>/);
  });

  it('explainsEachDebriefChoiceAndAsksBeforeEnding', () => {
    const section = html(off, moderator, 'ending');
    expect(section).toContain('<legend>Start a debrief: end the meeting for</legend>');
    expect(section).toMatch(
      /aria-describedby="([^"]+)"[^>]*value="guests"\/>Guests<\/label><p id="\1"[^>]*>Everyone who joined without/,
    );
    expect(section).toContain('Moderators stay together in the meeting.');
    expect(section).toMatch(/aria-haspopup="dialog">Start debrief<\/button>/);
    expect(section).toMatch(/aria-haspopup="dialog">End meeting for everyone<\/button>/);
    expect(section).not.toContain('End for them');
    const german = moderationUi.moderationSections?.(props(off, moderator, { locale: 'de' }).props);
    const de = renderToStaticMarkup(german?.find((s) => s.key === 'ending')?.content);
    expect(de).toContain('>Nachbesprechung beginnen</button>');
  });

  it('explainsTheDebriefChoicesWithoutWaysOfJoiningThatDoNotExistYet', () => {
    // Nobody joins by phone or from a room system yet, and nothing is recorded: the hints do not promise it.
    for (const locale of ['en', 'de'] as const)
      for (const hint of Object.values(moderationMessages[locale].tools.ending.scopeHints))
        expect(hint).not.toMatch(/phone|room system|recording|Telefon|Raumsystem|Aufzeichnung/i);
  });
});

describe('participants section', () => {
  it('offersTheSameActionsAsTheParticipantList', () => {
    // The host's list for Bob: the core's "Make moderator" and other modules' entries too, in menu order.
    const { props: p } = props(off, moderator);
    const hostActions = (target: ParticipantInfo): ParticipantMenuEntry[] => [
      { key: 'promote', label: 'Make moderator', onSelect: () => undefined },
      ...(moderationUi.participantMenu?.(p, target) ?? []),
      { key: 'sendToWaitingRoom', label: 'Send to waiting room', removes: true, onSelect: () => undefined },
    ];
    const section = moderationUi.moderationSections?.({ ...p, participantActions: hostActions });
    const content = section?.find((s) => s.key === 'participants')?.content;
    if (!isValidElement<{ entriesFor: (target: ParticipantInfo) => readonly ParticipantMenuEntry[] }>(content))
      throw new Error('no participant controls');
    expect(labels(content.props.entriesFor(bob))).toEqual(labels(hostActions(bob)));
  });
});

describe('participant picker', () => {
  it('tellsPeopleOfTheSameNameApartWithoutChangingTheirOptionsName', () => {
    const { props: p } = props(off, moderator);
    const section = moderationUi.moderationSections?.({ ...p, microphone: (id) => (id === gast.id ? 'muted' : 'on') });
    const markup = renderToStaticMarkup(section?.find((s) => s.key === 'participants')?.content);
    const option =
      /<div id="([^"]+)" role="option"[^>]*aria-describedby="\1-status"[^>]*>Gast<span id="\1-status" class="participant-picker__status" aria-hidden="true">Guest · muted<\/span><\/div>/;
    expect(markup).toMatch(option);
    // Nothing to tell about Bob: no description.
    expect(markup).toMatch(
      /role="option" tabindex="-1" aria-selected="false" class="participant-picker__option">Bob &lt;b&gt;<\/div>/,
    );
  });
});

describe('participant menu', () => {
  it('offersModeratorsEveryActionTheServerAllows', () => {
    const { props: p, sent } = props({ restrictions: { on: true, allowed: [] }, linkGuests: [] }, moderator);
    expect(labels(moderationUi.participantMenu?.(p, bob))).toEqual([
      'Mute',
      'Allow screen sharing',
      'Allow to speak',
      'Remove from meeting',
      'Ban from meeting',
    ]);
    expect(labels(moderationUi.participantMenu?.(p, gast))).toEqual([
      'Mute',
      'Allow screen sharing',
      'Allow to speak',
      'Rename',
      'Remove from meeting',
      'Ban from meeting',
    ]);
    // A phone caller: no screen to share, but renamable like a guest.
    expect(labels(moderationUi.participantMenu?.(p, caller))).toEqual([
      'Mute',
      'Allow to speak',
      'Rename',
      'Remove from meeting',
      'Ban from meeting',
    ]);
    for (const e of moderationUi.participantMenu?.(p, bob) ?? []) e.onSelect?.();
    expect(sent).toEqual([
      { action: 'mute', participantIds: [bob.id] },
      { action: 'setScreenShare', participantId: bob.id, allowed: true },
      { action: 'allowMicrophone', participantId: bob.id, allowed: true },
      { action: 'kick', participantId: bob.id },
      { action: 'ban', participantId: bob.id },
    ]);
    const screen = moderationUi.participantMenu?.(p, { ...gast, permissions: { microphone: true, screen: true } });
    expect(labels(screen)).toContain('Revoke screen sharing');
  });

  it('offersMuteOnlyWhileTheMicrophoneSendsAndOtherwiseSaysWhyNotInTheSamePlace', () => {
    const { props: p, sent } = props(off, moderator);
    const microphones: Record<string, 'on' | 'muted' | 'off'> = {
      [bob.id]: 'muted',
      [gast.id]: 'off',
      [caller.id]: 'on',
    };
    const withMedia = { ...p, microphone: (id: string) => microphones[id] ?? 'on' };
    const mute = (target: ParticipantInfo) => moderationUi.participantMenu?.(withMedia, target)?.[0];
    expect(mute(caller)).toMatchObject({ key: 'mute', label: 'Mute' });
    expect(mute(caller)?.disabled).toBeUndefined();
    expect(mute(bob)).toMatchObject({ key: 'mute', label: 'Muted', disabled: true });
    expect(mute(gast)).toMatchObject({ key: 'mute', label: 'No microphone', disabled: true });
    mute(bob)?.onSelect?.();
    expect(sent).toEqual([]);
    const section = renderToStaticMarkup(
      moderationUi.moderationSections?.(withMedia).find((s) => s.key === 'microphones')?.content,
    );
    // The status that says what "Mute everyone" did is there (empty) before anything is said.
    expect(section).toContain('>Mute everyone</button><div role="status" class="moderation-tools__status"></div>');
  });

  it('asksBeforeRemovingOrBanningNamingThePerson', () => {
    const entries = moderationUi.participantMenu?.(props(off, moderator).props, bob) ?? [];
    expect(entries.find((e) => e.key === 'kick')?.confirm).toEqual({
      question: 'Remove Bob <b> from the meeting? They can join again.',
      confirmLabel: 'Remove',
      cancelLabel: 'Cancel',
      closeLabel: 'Close',
    });
    expect(entries.find((e) => e.key === 'ban')?.confirm?.confirmLabel).toBe('Ban');
    expect(entries.find((e) => e.key === 'mute')?.confirm).toBeUndefined();
  });

  it('offersToCloseTheGuestLinkWhenBanningAGuestWhoCameThroughOneCheckedForAPersonalLink', () => {
    const shared = participantInfo('pub-participant-000006', 'Publikum', { role: 'guest', registered: false });
    const state: ModerationState = {
      ...off,
      linkGuests: [
        { participantId: gast.id, personal: true },
        { participantId: shared.id, personal: false },
      ],
    };
    const { props: p, sent } = props(state, moderator);
    const ban = (target: ParticipantInfo) => moderationUi.participantMenu?.(p, target)?.find((e) => e.key === 'ban');
    const closeLink = 'Also close the guest link they came through (nobody can join with it any more)';
    expect(ban(gast)?.confirm?.option).toEqual({ label: closeLink, checked: true });
    expect(ban(shared)?.confirm?.option).toEqual({ label: closeLink, checked: false });
    // Accounts and phone callers came through no link: nothing to close.
    for (const target of [bob, caller]) expect(ban(target)?.confirm?.option).toBeUndefined();
    ban(gast)?.onSelect?.(true);
    ban(shared)?.onSelect?.(false);
    ban(bob)?.onSelect?.();
    expect(sent).toEqual([
      { action: 'ban', participantId: gast.id, closeLink: true },
      { action: 'ban', participantId: shared.id },
      { action: 'ban', participantId: bob.id },
    ]);
    const german = props(state, moderator, { locale: 'de' }).props;
    expect(moderationUi.participantMenu?.(german, gast)?.find((e) => e.key === 'ban')?.confirm?.option?.label).toBe(
      'Auch den Gastlink schließen, über den die Person kam (niemand kann ihn mehr nutzen)',
    );
  });

  it('renamesGuestsAndPhoneCallersThroughAFormThatChecksTheName', () => {
    const { props: p, sent } = props(off, moderator);
    const rename = moderationUi.participantMenu?.(p, caller)?.find((e) => e.key === 'rename');
    const form = rename?.form;
    if (!form) throw new Error('no rename form');
    expect([form.title, form.fieldLabel, form.initial, form.submitLabel]).toEqual([
      'Rename Anruf',
      'New name',
      'Anruf',
      'Rename',
    ]);
    expect(form.problem('  ')).toBe('Enter a name of 1 to 64 characters.');
    expect(form.problem('x'.repeat(65))).toBe('Enter a name of 1 to 64 characters.');
    expect(form.problem('Herr Schulz')).toBeNull();
    form.onSubmit('  Herr Schulz ');
    expect(sent).toEqual([{ action: 'rename', participantId: caller.id, displayName: 'Herr Schulz' }]);
    expect(labels(moderationUi.participantMenu?.(p, bob))).not.toContain('Rename');
  });

  it('keepsTheOwnerAndModeratorsSafe', () => {
    const asModerator = props(off, moderator).props;
    expect(labels(moderationUi.participantMenu?.(asModerator, olga))).toEqual(['Mute', 'Allow screen sharing']);
    const colleague = participantInfo('carl-participant-00006', 'Carl', { role: 'moderator' });
    expect(labels(moderationUi.participantMenu?.(asModerator, colleague))).not.toContain('Remove from meeting');
    expect(labels(moderationUi.participantMenu?.(props(off, owner).props, colleague))).toContain('Ban from meeting');
    expect(moderationUi.participantMenu?.(asModerator, alice)).toEqual([]);
    expect(moderationUi.participantMenu?.(asModerator, recorder)).toEqual([]);
    expect(moderationUi.participantMenu?.(props(off, participant).props, gast)).toEqual([]);
  });
});

describe('moderation words', () => {
  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(moderationMessages)).toEqual([]);
    expect(moderationMessages.en.announce.mutedBy({ name: 'Alice' })).toBe('Alice muted you. You can unmute yourself.');
    expect(moderationMessages.de.announce.mutedBy({ name: '' })).toBe(
      'Die Moderation hat Sie stummgeschaltet. Sie können die Stummschaltung selbst aufheben.',
    );
  });

  it('saysWhatMutingEveryoneAndTheDebriefDidInBothLanguages', () => {
    const en = moderationMessages.en.tools;
    const de = moderationMessages.de.tools;
    expect([0, 1, 12].map(en.microphones.mutedEveryone)).toEqual([
      'Nobody besides the moderators had their microphone on.',
      'Muted 1 person.',
      'Muted 12 people.',
    ]);
    expect(de.microphones.mutedEveryone(12)).toBe('12 Personen stummgeschaltet.');
    expect(en.ending.debriefStarted(en.ending.scopes.guests)).toBe(
      'Debrief running. The meeting ended for: Guests. Moderators stay together.',
    );
    expect(html(off, moderator, 'ending')).toContain('<div role="status" class="moderation-tools__status"></div>');
  });

  it('countsMatchesInBothLanguages', () => {
    const en = moderationMessages.en.tools.find.matches;
    const de = moderationMessages.de.tools.find.matches;
    expect([en(1, 1), en(250, 250), en(3, 250), en(0, 250)]).toEqual([
      '1 person',
      '250 people',
      '3 of 250 people match',
      'No one matches.',
    ]);
    expect([de(1, 1), de(3, 250), de(0, 250)]).toEqual([
      '1 Person',
      '3 von 250 Personen passen',
      'Keine Person passt.',
    ]);
  });
});
