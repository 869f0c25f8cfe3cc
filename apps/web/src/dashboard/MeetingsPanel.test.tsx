import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../api/meetingsApi.js';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { MeetingsPanel } from './MeetingsPanel.js';
import { meetingFile as file, plain } from './meetingFiles.test-support.js';
import { initialMeetingsDialog, type MeetingsDialogEvent, meetingsDialogReducer } from './meetingsDialogState.js';

// The provider reads the browser's languages (English here); the panel's own words come from `t`.
beforeAll(() => {
  vi.stubGlobal('navigator', { languages: ['en'] });
});

const ENDED: Meeting = {
  id: 'm1',
  title: 'Vorstand',
  startedAt: '2026-11-26T10:00:00.000Z',
  endedAt: '2026-11-26T11:30:00.000Z',
  assets: [
    file('f1', 'vote-report', 'abstimmung-1.pdf', { visibility: 'moderators' }),
    file('f2', 'minutes-markdown', 'protokoll.md', { size: 900 }),
  ],
};
const RUNNING: Meeting = { id: 'm2', title: '', startedAt: '2026-11-27T09:00:00.000Z', endedAt: null, assets: [] };

const none = () => undefined;
const render = (events: MeetingsDialogEvent[], t = en, locale = 'en') =>
  renderToStaticMarkup(
    <I18nProvider>
      <MeetingsPanel
        state={events.reduce(meetingsDialogReducer, initialMeetingsDialog)}
        t={t}
        locale={locale}
        idBase="mt"
        timeZone="UTC"
        onRetry={none}
        onAsk={none}
        onDismiss={none}
        onDelete={none}
      />
    </I18nProvider>,
  );
const loaded = (...meetings: Meeting[]): MeetingsDialogEvent => ({ type: 'loaded', meetings });
/** Every button and link as [visible text, aria-describedby, aria-disabled]. */
const controls = (html: string) =>
  [...html.matchAll(/<(?:button|a)([^>]*)>([^<]+)<\/(?:button|a)>/g)].map((m) => [
    m[2],
    /aria-describedby="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? null,
    /aria-disabled="true"/.test(m[1] ?? ''),
  ]);

describe('MeetingsPanel', () => {
  it('listsTheMeetingsNewestFirstWithWhenAndTheTitleAtTheTime', () => {
    const html = plain(render([loaded(ENDED, RUNNING)]));
    expect(html).toContain('<ul class="meetings" aria-label="Meetings, newest first">');
    const headings = [...html.matchAll(/<h3 id="([^"]+)" class="meeting__when" tabindex="-1">([^<]+)<\/h3>/g)];
    expect(headings.map((h) => [h[1], h[2]])).toEqual([
      ['mt-meeting-m2', '27 Nov 2026, 09:00, still running'],
      ['mt-meeting-m1', '26 Nov 2026, 10:00–11:30'],
    ]);
    expect(html).toContain('<li class="meeting" aria-labelledby="mt-meeting-m1">');
    expect(html).toContain('Room title at the time: Vorstand');
    expect(html).toContain('Room title at the time: Untitled room');
    expect(html).toContain('<p class="meeting__none">No files were kept of this meeting.</p>');
  });

  it('describesEachFileAndOffersDownloadAndDelete', () => {
    const html = plain(render([loaded(ENDED)]));
    expect(html).toContain('<ul class="meeting-files" aria-label="Files">');
    expect(html).toContain(
      '<li class="meeting-file" aria-labelledby="mt-file-f1"><p id="mt-file-f1" class="meeting-file__label"><span class="meeting-file__kind">Vote report (PDF)</span> <span class="meeting-file__name">abstimmung-1.pdf</span></p>',
    );
    expect(html).toContain('<span>12.3 kB</span><span>Who may download: you and the moderators who attended</span>');
    expect(html).toContain('Minutes (Markdown)');
    expect(html).toContain('<span>900 bytes</span><span>Who may download: you and everyone who attended</span>');
    expect(html).toMatch(/<a class="button button--small" href="\/v1\/assets\/f1" download=""[^>]*>Download<\/a>/);
    expect(controls(html)).toEqual([
      ['Download', 'mt-file-f1', false],
      ['Delete', 'mt-file-f1', false],
      ['Download', 'mt-file-f2', false],
      ['Delete', 'mt-file-f2', false],
    ]);
    expect(html).toContain('id="mt-delete-f1"');
  });

  it('asksBeforeDeletingInPlaceAndShowsTheDeleteUnderWay', () => {
    const asking = render([loaded(ENDED), { type: 'ask', fileId: 'f2' }]);
    expect(asking).toContain(
      '<p id="mt-question-f2" tabindex="-1">Delete “protokoll.md”? Nobody can download it afterwards. This cannot be undone.</p>',
    );
    expect(controls(asking).slice(2)).toEqual([
      ['Download', 'mt-file-f2', false],
      ['Delete file', 'mt-file-f2', false],
      ['Keep file', 'mt-file-f2', false],
    ]);
    const busy = render([loaded(ENDED), { type: 'ask', fileId: 'f2' }, { type: 'deleting', fileId: 'f2' }]);
    expect(controls(busy).slice(3)).toEqual([
      ['Deleting…', 'mt-file-f2', true],
      ['Keep file', 'mt-file-f2', true],
    ]);
  });

  it('reportsAFailedDeleteAtItsFileAsAnAlert', () => {
    const html = render([
      loaded(ENDED),
      { type: 'ask', fileId: 'f1' },
      { type: 'deleting', fileId: 'f1' },
      { type: 'deleteFailed', fileId: 'f1', problem: 'network' },
    ]);
    expect(html).toMatch(
      /<p id="mt-question-f1"[^>]*>[^<]+<\/p><div class="message message--error" role="alert"><p>Plenum cannot be reached\./,
    );
    expect(html.match(/role="alert"/g)).toHaveLength(1);
  });

  it('saysWhenThereAreNoMeetingsYetAndWhileLoading', () => {
    expect(render([loaded()])).toBe(
      '<p>No meetings yet. After a meeting, its files (vote protocols, minutes, attendance list) are listed here.</p>',
    );
    expect(render([])).toBe('<p class="loading">Loading meetings…</p>');
  });

  it('offersRetryWhenLoadingFailed', () => {
    const html = render([{ type: 'failed', problem: 'other' }]);
    expect(html).toContain('role="alert"><p>The meetings could not be loaded.</p>');
    expect(controls(html)).toEqual([['Try again', null, false]]);
    expect(render([{ type: 'failed', problem: 'notFound' }])).toContain('This room no longer exists.');
  });

  it('speaksGerman', () => {
    const html = plain(render([loaded(ENDED, RUNNING)], de, 'de'));
    expect(html).toContain('27.11.2026, 09:00 Uhr, läuft noch');
    expect(html).toContain('26.11.2026, 10:00–11:30 Uhr');
    expect(html).toContain('Abstimmungsbericht (PDF)');
    expect(html).toContain('Protokoll (Markdown)');
    expect(html).toContain('12,3 kB');
    expect(html).toContain('Wer darf herunterladen: Sie und die Moderierenden, die teilgenommen haben');
    expect(controls(html).map((c) => c[0])).toEqual(['Herunterladen', 'Löschen', 'Herunterladen', 'Löschen']);
  });
});
