import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The meeting page never scrolls as a whole. Visually hidden text (`position: absolute`) belongs to the nearest
 * positioned ancestor: in a scroll area that is not positioned, it sits far below the fold of the page (as far down as
 * the area scrolls), and the page grows and scrolls by that much. So every scroll area the conference shows is
 * positioned, and the meeting itself holds and clips what is positioned in it.
 */
const root = join(import.meta.dirname, '../../../..');
const cssIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(dir, name));
const stylesheets = [
  'apps/web/src/styles/conference.css',
  ...cssIn('apps/web/src/conference'),
  ...cssIn('packages/client-kit/src/ui'),
  ...readdirSync(join(root, 'modules')).flatMap((module) => {
    try {
      return cssIn(`modules/${module}/ui`);
    } catch {
      return [];
    }
  }),
];

interface Rule {
  readonly selectors: readonly string[];
  readonly declarations: string;
}

/** The innermost rules of a stylesheet (those inside `@media` too), without comments. */
function rules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: (m[1] ?? '').split(',').map((s) => s.trim()),
    declarations: m[2] ?? '',
  }));
}

/** A selector without the states and attributes it ends with: `.area[data-layout="grid"]` is `.area`. */
function base(selector: string): string {
  const stripped = selector.replace(/(\[[^\]]*\]|:{1,2}[\w-]+(\([^)]*\))?)+$/, '');
  return stripped === '' || /\s$/.test(stripped) ? selector : stripped;
}
const scrolls = (rule: Rule) => /overflow(-[xy])?\s*:\s*(auto|scroll)/.test(rule.declarations);
const positioned = (rule: Rule) => /(^|[\s;])position\s*:\s*(relative|absolute|fixed|sticky)/.test(rule.declarations);

describe('the conference stylesheets', () => {
  it('findsTheStylesheetsItChecks', () => {
    expect(stylesheets).toContain('packages/client-kit/src/ui/ModulePanel.css');
    expect(stylesheets).toContain('modules/chat/ui/ChatPanel.css');
  });

  it('positionEveryScrollArea', () => {
    const unpositioned = stylesheets.flatMap((file) => {
      const all = rules(readFileSync(join(root, file), 'utf8'));
      const positionedSelectors = new Set(all.filter(positioned).flatMap((rule) => rule.selectors));
      return all
        .filter(scrolls)
        .flatMap((rule) => rule.selectors)
        .filter((selector) => !positionedSelectors.has(selector) && !positionedSelectors.has(base(selector)))
        .map((selector) => `${relative(root, join(root, file))}: ${selector}`);
    });
    expect(unpositioned).toEqual([]);
  });

  it('letTheMeetingHoldAndClipWhatIsPositionedInIt', () => {
    const meeting = rules(readFileSync(join(root, 'apps/web/src/styles/conference.css'), 'utf8')).find(
      (rule) => rule.selectors.length === 1 && rule.selectors[0] === '.conference',
    );
    expect(meeting && positioned(meeting)).toBe(true);
    // `clip`, not only `hidden`: a clipped box is no scroll area that scrollIntoView or focus could move.
    expect(meeting?.declarations).toMatch(/overflow\s*:\s*clip/);
  });

  it('catchesAnUnpositionedScrollArea', () => {
    const all = rules('.list { overflow-y: auto; } .list[hidden] { display: none; } .box { position: relative; }');
    expect(all.filter(scrolls).map((rule) => rule.selectors)).toEqual([['.list']]);
    expect(all.some((rule) => positioned(rule) && rule.selectors.includes('.list'))).toBe(false);
    expect(base('.stage__area[data-layout="grid"]')).toBe('.stage__area');
    expect(base('.toolbar-more [role^="menuitem"]')).toBe('.toolbar-more [role^="menuitem"]');
  });
});
