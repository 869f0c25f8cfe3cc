import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../api/meetingsApi.js';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { meetingFile as file, plain } from './meetingFiles.test-support.js';
import { PastMeetingsPanel } from './PastMeetingsPanel.js';
import { initialPastMeetings, type PastMeetingsEvent, pastMeetingsReducer } from './pastMeetingsState.js';

// The provider reads the browser's languages (English here); the panel's own words come from `t`.
beforeAll(() => {
  vi.stubGlobal('navigator', { languages: ['en'] });
});

const COUNCIL: Meeting = {
  id: 'm1',
  title: 'Gemeinderat',
  startedAt: '2026-11-26T10:00:00.000Z',
  endedAt: '2026-11-26T11:30:00.000Z',
  assets: [
    file('f1', 'minutes-pdf', 'niederschrift.pdf', { size: 2048 }),
    file('f2', 'vote-protocol', 'abstimmung.json', { visibility: 'moderators' }),
  ],
};
const EMPTY: Meeting = { id: 'm0', title: '', startedAt: '2026-11-20T10:00:00.000Z', endedAt: null, assets: [] };

const none = () => undefined;
const render = (events: PastMeetingsEvent[], t = en, locale = 'en') =>
  renderToStaticMarkup(
    <I18nProvider>
      <PastMeetingsPanel
        state={events.reduce(pastMeetingsReducer, initialPastMeetings)}
        t={t}
        locale={locale}
        idBase="pm"
        timeZone="UTC"
        onRetry={none}
        onLoadMore={none}
      />
    </I18nProvider>,
  );
const loaded = (nextBefore: string | null, ...meetings: Meeting[]): PastMeetingsEvent => ({
  type: 'loaded',
  page: { meetings, nextBefore },
});
/** Every button and link as its visible text. */
const controls = (html: string) => [...html.matchAll(/<(?:button|a)[^>]*>([^<]+)<\/(?:button|a)>/g)].map((m) => m[1]);

describe('PastMeetingsPanel', () => {
  it('listsTheMeetingsWithTheirFilesToDownloadButNothingToDelete', () => {
    const html = plain(render([loaded(null, COUNCIL, EMPTY)]));
    expect(html).toContain('<ul class="meetings" aria-label="Past meetings, newest first">');
    expect(html).toContain('<h3 id="pm-meeting-m1" class="meeting__when" tabindex="-1">26 Nov 2026, 10:00–11:30</h3>');
    expect(html).toContain('Room title at the time: Gemeinderat');
    expect(html).toContain('<span>2 kB</span><span>For everyone who attended</span>');
    expect(html).toContain('<span>For the moderators of the meeting</span>');
    expect(html).toContain('<p class="meeting__none">No files were kept of this meeting.</p>');
    expect(html).toMatch(
      /<a class="button button--small" href="\/v1\/assets\/f1" download="" aria-describedby="pm-file-f1">Download<\/a>/,
    );
    expect(controls(html)).toEqual(['Download', 'Download']);
    expect(html).not.toContain('Show older meetings');
  });

  it('offersOlderMeetingsWhileThereAreAndSaysWhenTheyLoadOrFail', () => {
    expect(controls(render([loaded('m1', COUNCIL)]))).toEqual(['Download', 'Download', 'Show older meetings']);
    const loading = render([loaded('m1', COUNCIL), { type: 'loadMore' }]);
    expect(loading).toContain('<p class="loading">Loading older meetings…</p>');
    expect(loading).toContain('<button type="button" class="button" aria-disabled="true">Show older meetings</button>');
    const failed = render([loaded('m1', COUNCIL), { type: 'loadMore' }, { type: 'moreFailed', problem: 'other' }]);
    expect(failed).toContain('role="alert"><p>The older meetings could not be loaded.</p>');
    expect(failed).toContain('<button type="button" class="button">Show older meetings</button>');
  });

  it('saysWhileLoadingWhenThereAreNoneAndWhenLoadingFailed', () => {
    expect(render([])).toBe('<p class="loading">Loading past meetings…</p>');
    expect(render([loaded(null)])).toContain('No past meetings yet.');
    const failed = render([{ type: 'failed', problem: 'other' }]);
    expect(failed).toContain('role="alert"><p>The past meetings could not be loaded.</p>');
    expect(controls(failed)).toEqual(['Try again']);
    expect(render([{ type: 'failed', problem: 'signedOut' }])).toContain(en.dashboard.problems.signedOut);
  });

  it('speaksGerman', () => {
    const html = render([loaded('m1', COUNCIL)], de, 'de');
    expect(html).toContain('aria-label="Vergangene Besprechungen, neueste zuerst"');
    expect(html).toContain('Für alle, die teilgenommen haben');
    expect(controls(html)).toEqual(['Herunterladen', 'Herunterladen', 'Ältere Besprechungen anzeigen']);
    expect(render([], de, 'de')).toContain('Die vergangenen Besprechungen werden geladen…');
  });
});
