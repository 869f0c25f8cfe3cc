import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RunningSummary } from './RunningSummary.js';

describe('RunningSummary', () => {
  it('saysWhatRunsLineByLineAndOffersToEndIt', () => {
    const html = renderToStaticMarkup(
      <RunningSummary
        lines={['A poll is running: Lunch?', '2 people have voted']}
        stopLabel="End poll"
        onStop={() => undefined}
      />,
    );
    expect(html).toBe(
      '<div class="running-summary"><p>A poll is running: Lunch?</p><p>2 people have voted</p>' +
        '<button type="button" class="button button--small">End poll</button></div>',
    );
  });
});
