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
const idle: AttendanceState = { pending: false, latest: null, retryAfterSeconds: null };
/** A list with e-mail addresses, made at 14:05 local time on 26 Nov 2026. */
const withEmail = { assetId: 'a/1', includeEmail: true, createdAt: new Date(2026, 10, 26, 14, 5).getTime() };

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

  it('theLatestReportIsADownloadLinkNamedByItsOwnTimeAndAddressesWhateverTheCheckboxSays', () => {
    const state: AttendanceState = { ...idle, latest: withEmail };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.de).props)?.content);
    expect(html).toMatch(/<input id="[^"]+" type="checkbox"\/>/);
    expect(html).toContain(
      '<a href="/v1/assets/a%2F1" download="">Liste von 14:05 Uhr mit E-Mail-Adressen herunterladen (PDF)</a>',
    );
    expect(html).toContain('Diese Liste enthält E-Mail-Adressen');
    const without = { ...state, latest: { ...withEmail, includeEmail: false } };
    const en = render(attendanceUi.moderation?.(slotProps(without, moderator, attendanceMessages.en).props)?.content);
    expect(en).toContain('>Download the list of 14:05, without e-mail addresses (PDF)</a>');
    expect(en).not.toContain('contains e-mail addresses');
  });

  it('whileANewListIsMadeTheStatusSaysSoAndTheOlderListIsNotOffered', () => {
    const state: AttendanceState = { pending: true, latest: withEmail, retryAfterSeconds: null };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.de).props)?.content);
    expect(html).toContain(
      '<p role="status" class="attendance-report__status">Die Anwesenheitsliste wird erstellt …</p>',
    );
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('E-Mail-Adressen herunterladen');
  });

  it('aTooSoonRefusalIsSaidByTheFormsStatusWithTheWaitBesideTheOlderList', () => {
    const state: AttendanceState = { pending: false, latest: withEmail, retryAfterSeconds: 6 };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.en).props)?.content);
    expect(html).toContain(
      '<p role="status" class="attendance-report__status">Not created: a list was just made. You can create a new one in 6 seconds.</p>',
    );
    expect(html.match(/Not created/g)).toHaveLength(1);
    expect(html).toContain('>Download the list of 14:05, with e-mail addresses (PDF)</a>');
  });

  it('everyTextExistsInGermanAndEnglish', () => {
    expect(missingTranslations(attendanceMessages)).toEqual([]);
    expect(attendanceMessages.de.tooSoon(6)).toBe(
      'Nicht erstellt: Eben wurde eine Liste erstellt. Eine neue können Sie in 6 Sekunden erstellen.',
    );
  });
});
