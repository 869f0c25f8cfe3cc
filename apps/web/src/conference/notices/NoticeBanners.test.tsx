import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.js';
import { en } from '../../i18n/en.js';
import type { ShownNotice } from './Notice.js';
import { NoticeBanners } from './NoticeBanners.js';

const render = (notices: readonly ShownNotice[], t = en) =>
  renderToStaticMarkup(
    <NoticeBanners
      notices={notices}
      t={t}
      locale={t === en ? 'en' : 'de'}
      onDismiss={() => undefined}
      onHold={() => undefined}
      fallbackFocus={() => null}
    />,
  );
const slowDown: ShownNotice = {
  id: 7,
  notice: {
    kind: 'module',
    ns: 'chat',
    announcement: { key: 'slowDown', params: { seconds: 3 }, notice: true, countdown: true },
  },
  countdown: { seconds: 3, until: 3000 },
  brief: false,
};

describe('NoticeBanners', () => {
  it('showsNothingWithoutNotices', () => {
    expect(render([])).toBe('');
  });

  it('showsEachNoticeAsItsOwnAlertNewestFirstWithADescribedDismissButton', () => {
    const html = render([
      { id: 1, notice: { kind: 'speakerFallback' }, countdown: null, brief: true },
      { id: 2, notice: { kind: 'screenShareRevoked' }, countdown: null, brief: true },
    ]);
    expect(html.match(/role="alert"/g)).toHaveLength(2);
    expect(html.indexOf('A moderator stopped your screen share')).toBeLessThan(html.indexOf('Your speaker'));
    expect(html).toContain('data-notice-kind="screenShareRevoked"');
    const described = [...html.matchAll(/<span id="([^"]+)">/g)].map((m) => m[1]);
    expect(described).toHaveLength(2);
    for (const id of described) expect(html).toContain(`aria-describedby="${id}">Dismiss</button>`);
  });

  it('aWaitCountsDownOnScreenWhileScreenReadersGetTheWholeWaitOnce', () => {
    const html = render([slowDown]);
    expect(html).toContain('data-notice-kind="module:chat"');
    expect(html).toContain('<span aria-hidden="true">Slow down: you can send your next message in 3 seconds.</span>');
    expect(html).toContain(
      '<span class="visually-hidden">Slow down: you can send your next message in 3 seconds.</span>',
    );
  });

  it('speaksGerman', () => {
    const renamed = {
      id: 1,
      notice: { kind: 'renamedByModerator', name: 'Gast 1' },
      countdown: null,
      brief: true,
    } as const;
    expect(render([renamed], de)).toContain('Die Moderation hat Ihren Namen in Gast 1 geändert.');
  });

  it('marksTheNoticesThatGoByThemselves', () => {
    const html = render([
      { id: 1, notice: { kind: 'moderationFailed' }, countdown: null, brief: false },
      { id: 2, notice: { kind: 'screenShareAllowed' }, countdown: null, brief: true },
    ]);
    expect(html).toContain('data-notice-kind="screenShareAllowed" data-brief=""');
    expect(html).toMatch(/data-notice-kind="moderationFailed">/);
    expect(html).toContain('A moderator allowed you to share your screen.');
  });
});
