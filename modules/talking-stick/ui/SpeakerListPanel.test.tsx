import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TalkingStickState } from '../client/talkingStickReducer.js';
import { type SpeakerListActions, SpeakerListPanel } from './SpeakerListPanel.js';
import { talkingStickMessages } from './talkingStickMessages.js';
import {
  ALICE,
  BOB,
  CAROL,
  clockAt,
  DEVICE_NOW,
  idle,
  list,
  roster,
  running,
  selfOf,
} from './uiFixtures.test-support.js';

const none = () => undefined;
const actions: SpeakerListActions = {
  start: none,
  pass: none,
  nominate: none,
  skip: none,
  add: none,
  remove: none,
  stop: none,
};
const render = (state: TalkingStickState, self = selfOf(CAROL)) =>
  renderToStaticMarkup(
    <SpeakerListPanel
      state={state}
      self={self}
      participants={roster}
      messages={talkingStickMessages.en.panel}
      actions={actions}
      headingId="h"
      onClose={none}
    />,
  );

describe('SpeakerListPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: DEVICE_NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aPanelOpenedLateShowsTheTimeLeftAsOfNowNotAsOfItsOpening', () => {
    // The list arrived when the turn had 55 s left; Ben opens the panel 8 s later: 47 s are left.
    vi.setSystemTime(DEVICE_NOW + 8000);
    expect(render(running)).toContain('Time left: 0:47');
  });

  it('showsEveryoneWhoSpeaksTheTimeLeftAndTheOrderWithTheSpeakerMarked', () => {
    const html = render(running);
    expect(html).toContain('<h2 id="h" tabindex="-1">Speaker list</h2>');
    expect(html).toContain('aria-label="Close speaker list"');
    expect(html).toContain('<p class="speaker-list__current">Bob &lt;b&gt;</p>');
    expect(html).toContain('Time left: 0:55');
    expect(html).toMatch(
      /<li class="speaker-list__row speaker-list__row--current" aria-current="true"[^>]*>.*Bob &lt;b&gt;.*speaking/,
    );
    expect(html).toMatch(/Carol \(you\)<\/span><span class="speaker-list__marker">next/);
    expect(html).not.toContain('Pass the stick');
    expect(html).not.toContain('Remove');
    expect(html).not.toContain('Skip current speaker');
  });

  it('theSpeakerCanPassTheStickAndNominateInNominateMode', () => {
    expect(render(running, selfOf(BOB))).toContain('>Pass the stick</button>');
    const nominate = { list: { ...list, mode: 'nominate', next: null }, clock: clockAt(list.turnStartedAt) } as const;
    const html = render(nominate, selfOf(BOB));
    expect(html).toMatch(/<label for="([^"]+)">Nominate next<\/label><select id="\1"/);
    expect(html).toContain('>Nominate</button>');
    expect(html).toContain('The speaker has not nominated anyone yet.');
    expect(html).toContain('Time left: 1:00');
  });

  it('moderatorsRemoveSkipAddAndStop', () => {
    const html = render(running, selfOf(ALICE));
    expect(html.match(/>Remove<\/button>/g)).toHaveLength(3);
    expect(html).toContain('>Skip current speaker</button>');
    expect(html).toContain('>Stop speaker list</button>');
    expect(html).not.toContain('Add to the list');
    const fewer = render({ ...running, list: { ...list, waiting: [ALICE] } }, selfOf(ALICE));
    expect(fewer).toMatch(
      /<label for="([^"]+)">Add to the list<\/label><select id="\1"[^>]*><option value="carol[^"]*"[^>]*>Carol<\/option><\/select>/,
    );
    expect(fewer).toContain('>Add as next</button>');
  });

  it('withoutAListParticipantsAreToldAndModeratorsGetTheStartForm', () => {
    expect(render(idle)).toContain('No speaker list is running.');
    expect(render(idle)).not.toContain('<form');
    const html = render(idle, selfOf(ALICE));
    expect(html).toContain('<legend>How the order is made</legend>');
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*checked=""[^>]*value="fixed"/);
    expect(html).toContain('Each speaker nominates the next');
    expect(html).toContain('<legend>Who speaks</legend>');
    expect(html).not.toContain('Aufzeichnung');
    expect(html.match(/type="checkbox" checked=""/g)).toHaveLength(3);
    expect(html).toContain('>Time per speaker</span><select');
    expect(html).toContain('>Start speaker list</button>');
  });
});
