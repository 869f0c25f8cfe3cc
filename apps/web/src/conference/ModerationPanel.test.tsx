import type { ModerationSection } from '@plenum/client-kit/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { ModerationPanel } from './ModerationPanel.js';
import type { MountedModule } from './mountModules.js';

const none = () => undefined;
/** A mounted module with only the Moderation panel's slots (the panel calls nothing else). */
const mounted = (
  ns: string,
  slots: { moderation?: () => ModerationSection | null; moderationSections?: () => readonly ModerationSection[] },
) => ({ ns, ui: slots, props: {} }) as unknown as MountedModule;
const render = (modules: readonly MountedModule[], opened: Readonly<Record<string, boolean>> = {}) =>
  renderToStaticMarkup(
    <ModerationPanel
      modules={modules}
      messages={en.moderation}
      headingId="h"
      onClose={none}
      opened={opened}
      onOpen={none}
    />,
  );
/** Each section's heading and whether it is open, in the panel's order. */
const openness = (html: string) =>
  [...html.matchAll(/aria-expanded="(true|false)" aria-controls="[^"]+"><svg.*?<\/svg>([^<]+)<\/button>/g)].map(
    (m) => `${m[2]}: ${m[1]}`,
  );

const modules = [
  mounted('lobby', { moderation: () => ({ heading: 'Waiting room', content: <p>policy</p>, place: 'frequent' }) }),
  mounted('moderation', {
    moderationSections: () => [
      { key: 'microphones', heading: 'Microphones', content: <p>mics</p>, place: 'frequent' },
      { key: 'ending', heading: 'Debrief or end the meeting', content: <p>end</p>, place: 'last' },
    ],
  }),
  mounted('timer', { moderation: () => ({ heading: 'Timer', content: <p>timer</p> }) }),
  mounted('chat', {}),
];

describe('ModerationPanel', () => {
  it('showsFrequentSectionsFirstAndOpenTheOthersClosedUnderH3Disclosures', () => {
    const html = render(modules);
    const headings = [...html.matchAll(/<h3 class="moderation-panel__heading">.*?<\/svg>([^<]+)<\/button><\/h3>/g)];
    expect(headings.map((m) => m[1])).toEqual(['Waiting room', 'Microphones', 'Timer', 'Debrief or end the meeting']);
    const expanded = [...html.matchAll(/aria-expanded="(true|false)" aria-controls="([^"]+)"/g)];
    expect(expanded.map((m) => m[1])).toEqual(['true', 'true', 'false', 'false']);
    for (const [, open, body] of expanded)
      expect(html).toContain(`<div id="${body}" class="moderation-panel__body"${open === 'true' ? '' : ' hidden=""'}>`);
    // Closed sections keep their content (hidden), so a half-filled form survives closing.
    expect(html).toContain('<p>timer</p>');
    expect(html).toContain('data-moderation="moderation" data-section="microphones"');
    expect(html).toContain('data-moderation="timer"');
    expect(html).toContain('<h2 id="h" tabindex="-1">Moderation</h2>');
    expect(html).toContain('aria-label="Close moderation"');
  });

  it('namesEachSectionByItsHeadingButton', () => {
    const html = render(modules);
    const sections = [...html.matchAll(/<section class="moderation-panel__section"[^>]*aria-labelledby="([^"]+)"/g)];
    expect(sections).toHaveLength(4);
    for (const m of sections)
      expect(html).toContain(`<button id="${m[1]}" type="button" class="moderation-panel__toggle"`);
  });

  it('listsEverySectionInAJumpListAtTheTop', () => {
    const html = render(modules);
    const nav =
      /<nav class="moderation-panel__jump" aria-labelledby="([^"]+)"><span id="\1"[^>]*>Jump to<\/span>(.*?)<\/nav>/.exec(
        html,
      );
    expect(nav).not.toBeNull();
    const links = [...(nav?.[2] ?? '').matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)];
    expect(links.map((l) => l[2])).toEqual(['Waiting room', 'Microphones', 'Timer', 'Debrief or end the meeting']);
    for (const [, target] of links) expect(html).toContain(`<button id="${target}"`);
    expect(html.indexOf('<nav')).toBeLessThan(html.indexOf('<section class="moderation-panel__section"'));
  });

  it('opensAgainAsTheModeratorLeftIt', () => {
    // The conference keeps what was opened or closed (by section id) while the panel is closed.
    expect(openness(render(modules, { timer: true, 'moderation:microphones': false }))).toEqual([
      'Waiting room: true',
      'Microphones: false',
      'Timer: true',
      'Debrief or end the meeting: false',
    ]);
    expect(openness(render(modules))).toEqual([
      'Waiting room: true',
      'Microphones: true',
      'Timer: false',
      'Debrief or end the meeting: false',
    ]);
  });

  it('needsNoJumpListForAFewSectionsAndSaysSoWhenThereAreNone', () => {
    expect(render(modules.slice(0, 1))).not.toContain('<nav');
    const empty = render([mounted('chat', { moderation: () => null })]);
    expect(empty).toContain('No moderation tools yet.');
    expect(empty).not.toContain('moderation-panel__section');
  });
});
