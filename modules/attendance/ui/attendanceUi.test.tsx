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
const idle: AttendanceState = { pending: false, latest: null };

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

  it('theStatusSaysWhileTheReportIsMadeAndTheLatestReportIsADownloadLink', () => {
    const state: AttendanceState = { pending: true, latest: { assetId: 'a/1', includeEmail: true } };
    const html = render(attendanceUi.moderation?.(slotProps(state, moderator, attendanceMessages.de).props)?.content);
    expect(html).toContain('Die Anwesenheitsliste wird erstellt …');
    expect(html).toContain('<a href="/v1/assets/a%2F1" download="">Anwesenheitsliste herunterladen (PDF)</a>');
    expect(html).toContain('Sie enthält E-Mail-Adressen');
  });

  it('everyTextExistsInGermanAndEnglish', () => {
    expect(missingTranslations(attendanceMessages)).toEqual([]);
    expect(attendanceMessages.de.announce.tooSoon({ seconds: 6 })).toBe(
      'Eben wurde eine Liste erstellt. Versuchen Sie es in 6 Sekunden erneut.',
    );
  });
});
