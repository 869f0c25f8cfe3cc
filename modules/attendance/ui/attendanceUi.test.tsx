import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AttendanceState } from '../client/attendanceReducer.js';
import { attendanceMessages } from './attendanceMessages.js';
import { attendanceUi } from './attendanceUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const idle: AttendanceState = { pending: false, reports: [], retryAfterSeconds: null };
/** A list with e-mail addresses, made at 14:05:09 local time on 26 Nov 2026. */
const withEmail = { assetId: 'a/1', includeEmail: true, createdAt: new Date(2026, 10, 26, 14, 5, 9).getTime() };
/** A list without e-mail addresses, made four seconds later. */
const withoutEmail = { assetId: 'a/2', includeEmail: false, createdAt: new Date(2026, 10, 26, 14, 5, 13).getTime() };

const render = (node: ReactNode) => renderToStaticMarkup(<div>{node}</div>);

describe('the attendance report UI', () => {
  it('moderatorsGetANamedFormWithAnEmailCheckboxOffByDefaultAndACreateButton', () => {
    const section = attendanceUi.moderation?.(slotProps(idle, moderator, attendanceMessages.en).props);
    expect(section?.heading).toBe('Attendance report');
    const html = render(section?.content);
    expect(html).toContain('<form class="attendance-report" aria-label="Attendance report">');
    expect(html).toMatch(/<input id="([^"]+)" type="checkbox"\/><label for="\1">Include e-mail addresses<\/label>/);
    expect(html).toContain('<button type="submit" class="button button--small">Create report</button>');
    expect(html).toContain('<p role="status" class="attendance-report__status"></p>');
    expect(html).not.toContain('<a ');
  });

  it('participantsSeeNothing', () => {
    expect(attendanceUi.moderation?.(slotProps(idle, participant, attendanceMessages.en).props)).toBeNull();
  });

  it('theReportsOfTheMeetingAreANamedListOfLinksEachNamedByItsOwnTimeAndAddressesWhateverTheCheckboxSays', () => {
    const state: AttendanceState = { ...idle, reports: [withoutEmail, withEmail] };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.de).props)?.content);
    expect(html).toMatch(/<input id="[^"]+" type="checkbox"\/>/);
    expect(html).toContain(
      '<ul class="attendance-report__files" aria-label="In dieser Sitzung erstellte Listen">' +
        '<li><a href="/v1/assets/a%2F2" download="">Liste von 14:05:13 Uhr ohne E-Mail-Adressen herunterladen (PDF)</a></li>' +
        '<li><a href="/v1/assets/a%2F1" download="">Liste von 14:05:09 Uhr mit E-Mail-Adressen herunterladen (PDF)</a></li>' +
        '</ul>',
    );
    expect(html.match(/Listen mit E-Mail-Adressen: Geben Sie/g)).toHaveLength(1);
    const without = { ...state, reports: [withoutEmail] };
    const en = render(attendanceUi.moderation?.(slotProps(without, moderator, attendanceMessages.en).props)?.content);
    expect(en).toContain('aria-label="Lists made in this meeting"');
    expect(en).toContain('>Download the list of 14:05:13, without e-mail addresses (PDF)</a>');
    expect(en).not.toContain('Lists with e-mail addresses');
  });

  it('whileANewListIsMadeTheStatusSaysSoAndTheEarlierListsStayOffered', () => {
    const state: AttendanceState = { pending: true, reports: [withEmail], retryAfterSeconds: null };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.de).props)?.content);
    expect(html).toContain(
      '<p role="status" class="attendance-report__status">Die Anwesenheitsliste wird erstellt …</p>',
    );
    expect(html).toContain('>Liste von 14:05:09 Uhr mit E-Mail-Adressen herunterladen (PDF)</a>');
  });

  it('aTooSoonRefusalIsSaidByTheFormsStatusWithTheWaitBesideTheOlderList', () => {
    const state: AttendanceState = { pending: false, reports: [withEmail], retryAfterSeconds: 6 };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.en).props)?.content);
    expect(html).toContain(
      '<p role="status" class="attendance-report__status">Not created: the same list was just made. You can create it again in 6 seconds.</p>',
    );
    expect(html.match(/Not created/g)).toHaveLength(1);
    expect(html).toContain('>Download the list of 14:05:09, with e-mail addresses (PDF)</a>');
  });

  it('everyTextExistsInGermanAndEnglish', () => {
    expect(missingTranslations(attendanceMessages)).toEqual([]);
    expect(attendanceMessages.de.tooSoon(6)).toBe(
      'Nicht erstellt: Eben wurde dieselbe Liste erstellt. Erneut erstellen können Sie sie in 6 Sekunden.',
    );
  });

  it('aFailedReportSaysWhetherTheStorageIsFullOrToTryAgain', () => {
    for (const locale of ['en', 'de'] as const) {
      const { storeFailed } = attendanceMessages[locale].announce;
      expect(storeFailed({ reason: 'storage' })).not.toBe(storeFailed({ reason: 'internal' }));
    }
    expect(attendanceMessages.en.announce.storeFailed({ reason: 'storage' })).toContain(
      'the storage of your organisation is full',
    );
    expect(attendanceMessages.de.announce.storeFailed({ reason: 'storage' })).toContain('Speicher Ihrer Organisation');
    expect(attendanceMessages.en.announce.storeFailed({ reason: 'internal' })).toContain('Try again later');
  });
});
