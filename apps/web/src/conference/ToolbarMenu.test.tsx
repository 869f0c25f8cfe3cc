import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ToolbarMenu } from './ToolbarMenu.js';

/** The attribute `name` of the first tag `tag` in `html`. */
const attribute = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe('ToolbarMenu', () => {
  it('moreIsAMenuButtonThatLabelsItsClosedMenu', () => {
    const html = renderToStaticMarkup(
      <ToolbarMenu label="More" icon={null} variant="list" badge="2" menu={() => <p>items</p>} />,
    );
    expect(attribute(html, 'button', 'aria-haspopup')).toBe('menu');
    expect(attribute(html, 'button', 'aria-expanded')).toBe('false');
    expect(attribute(html, 'button', 'role')).toBeUndefined();
    const popupId = attribute(html, 'button', 'aria-controls');
    expect(popupId).toBeTruthy();
    expect(html).toContain(
      `<div id="${popupId}" class="toolbar-menu__popup toolbar-menu__popup--list" hidden="" role="menu" aria-labelledby="${attribute(html, 'button', 'id')}">`,
    );
    // "More, menu button, 2": the count describes the button, its name stays "More".
    const badgeId = attribute(html, 'button', 'aria-describedby');
    expect(badgeId).toBeTruthy();
    expect(html).toContain(
      `<span class="control__icon"><span class="control__badge" aria-hidden="true" id="${badgeId}">2</span></span><span class="control__label">More</span>`,
    );
    expect(html).not.toContain('items');
  });

  it('aModulePopupIsADisclosureNotAMenu', () => {
    const html = renderToStaticMarkup(<ToolbarMenu label="Reactions" icon={null} menu={() => null} />);
    expect(attribute(html, 'button', 'aria-expanded')).toBe('false');
    expect(html).not.toContain('aria-haspopup');
    expect(html).not.toContain('role=');
  });
});
