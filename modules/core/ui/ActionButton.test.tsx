import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionButton } from './ActionButton.js';

describe('ActionButton', () => {
  it('anActionWithNothingToDoNowStaysFocusableButSaysItIsUnavailable', () => {
    const html = renderToStaticMarkup(
      <ActionButton action={{ key: 'mute', label: 'Muted', disabled: true, onSelect: () => undefined }} />,
    );
    expect(html).toBe(
      '<button type="button" class="button button--small" data-action="mute" aria-disabled="true">Muted</button>',
    );
    expect(html).not.toContain(' disabled=""');
  });
});
