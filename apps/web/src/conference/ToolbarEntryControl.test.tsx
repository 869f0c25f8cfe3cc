import { InMenuContext } from '@plenum/client-kit/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ToolbarEntryControl } from './ToolbarEntryControl.js';

const none = () => undefined;
type Entry = Parameters<typeof ToolbarEntryControl>[0]['entry'];
const render = (entry: Entry, panelShown = false) =>
  renderToStaticMarkup(<ToolbarEntryControl entry={entry} panelShown={panelShown} onTogglePanel={none} />);
/** The entry as an item of the toolbar's "More" menu. */
const renderInMenu = (entry: Entry, panelShown = false) =>
  renderToStaticMarkup(
    <InMenuContext.Provider value>
      <ToolbarEntryControl entry={entry} panelShown={panelShown} onTogglePanel={none} />
    </InMenuContext.Provider>,
  );

describe('ToolbarEntryControl', () => {
  it('anActionWithPressedIsAToggleWithAConstantName', () => {
    const html = render({ label: 'Raise hand', icon: null, action: none, pressed: true });
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('<span class="control__label">Raise hand</span>');
  });

  it('theCountSitsBesideTheIconInItsRowNotOverIt', () => {
    // A wide icon (the timer's ticking clock) stays readable: the count follows it in the icon's own row.
    const html = render({ label: 'Timer', icon: <i>4:59</i>, badge: 1 });
    const badgeId = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(
      `<span class="control__icon"><i>4:59</i><span class="control__badge" aria-hidden="true" id="${badgeId}">1</span></span>`,
    );
    const none = render({ label: 'Timer', icon: <i>4:59</i>, badge: 0 });
    expect(none).toContain('<span class="control__icon"><i>4:59</i></span>');
    expect(none).not.toContain('aria-describedby');
  });

  it('anActionWithoutPressedIsAPlainButton', () => {
    expect(render({ label: 'Do it', icon: null, action: none })).not.toContain('aria-pressed');
  });

  it('withoutActionItTogglesThePanel', () => {
    expect(render({ label: 'Chat', icon: null, badge: 2 }, true)).toContain('aria-pressed="true"');
  });

  it('aMenuIsADisclosureWhosePopupStartsClosed', () => {
    const html = render({ label: 'Reactions', icon: null, menu: () => <button type="button">Heart</button> });
    expect(html).toMatch(/aria-expanded="false" aria-controls="([^"]+)"/);
    const id = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<div id="${id}" class="toolbar-menu__popup" hidden="">`);
    expect(html).not.toContain('Heart');
  });

  it('inTheMoreMenuAToggleIsAMenuItemCheckboxReachedByArrowKeys', () => {
    const html = renderInMenu({ label: 'Raise hand', icon: null, action: none, pressed: true });
    expect(html).toContain('role="menuitemcheckbox" aria-checked="true" tabindex="-1"');
    expect(html).not.toContain('aria-pressed');
    expect(renderInMenu({ label: 'Chat', icon: null }, false)).toContain(
      'role="menuitemcheckbox" aria-checked="false"',
    );
  });

  it('inTheMoreMenuAPlainButtonIsAMenuItem', () => {
    const html = renderInMenu({ label: 'Do it', icon: null, action: none, badge: 3 });
    expect(html).toContain('role="menuitem" tabindex="-1"');
    // The count is the item's description, not part of its name.
    const badgeId = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<span class="control__badge" aria-hidden="true" id="${badgeId}">3</span>`);
    expect(html).not.toContain('aria-checked');
  });

  it('inTheMoreMenuAPopupEntryIsAnItemThatExpandsWhosePopupIsNoMenu', () => {
    const html = renderInMenu({ label: 'Reactions', icon: null, menu: () => null });
    expect(html).toMatch(/<button[^>]* aria-expanded="false"[^>]* role="menuitem" tabindex="-1">/);
    expect(html).not.toContain('role="menu"');
    expect(html).not.toContain('aria-haspopup');
  });
});
