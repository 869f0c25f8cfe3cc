import { describe, expect, it } from 'vitest';
import { actionTypes, IvrTestHost, lastPlay, plays } from './ivrTestHost.js';

const NUMBER = '1234567890';
const PIN = '0987654321';

function answered(config: ConstructorParameters<typeof IvrTestHost>[0] = {}): IvrTestHost {
  const host = new IvrTestHost(config);
  host.send({ type: 'started' });
  return host;
}

/** Keys in a full conference number and PIN, each ended by `#`. */
function enter(host: IvrTestHost, number = NUMBER, pin = PIN) {
  return host.keys(`${number}#${pin}#`);
}

describe('IVR entry of conference number and PIN', () => {
  it('greets in the default language, offers the other language in that language, and asks for the number', () => {
    const host = new IvrTestHost({ defaultLanguage: 'de' });
    const actions = host.send({ type: 'started' });
    expect(plays(actions)).toEqual([['de/welcome', 'en/languageOffer', 'de/enterConferenceNumber']]);
    expect(lastPlay(actions)?.interruptible).toBe(true);
    expect(host.runningTimers()).toEqual(['entryDeadline', 'noInput']);

    const english = new IvrTestHost({ defaultLanguage: 'en' });
    expect(plays(english.send({ type: 'started' }))).toEqual([
      ['en/welcome', 'de/languageOffer', 'en/enterConferenceNumber'],
    ]);
  });

  it('asks for the PIN after the number and #, then looks up both at once', () => {
    const host = answered();
    expect(plays(host.keys(`${NUMBER}#`))).toEqual([['de/enterPin']]);
    const actions = host.keys(`${PIN}#`);
    expect(actions.filter((action) => action.type === 'lookup')).toEqual([
      { type: 'lookup', conferenceNumber: NUMBER, pin: PIN },
    ]);
    expect(host.ivr.phase).toBe('lookingUp');
    expect(host.runningTimers()).toEqual(['entryDeadline', 'response']);
  });

  it('a key typed during a prompt stops the prompt and counts (barge-in)', () => {
    const host = answered();
    expect(actionTypes(host.keys('1'))).toEqual(['stopAudio', 'startTimer', 'startTimer']);
    host.keys('234567890#');
    host.keys('5');
    const lookup = host.keys('555#').find((action) => action.type === 'lookup');
    expect(lookup).toEqual({ type: 'lookup', conferenceNumber: NUMBER, pin: '5555' });
  });

  it('stops a prompt only once: further keys do not send stopAudio again', () => {
    const host = answered();
    host.keys('1');
    expect(actionTypes(host.keys('2'))).not.toContain('stopAudio');
  });

  it('a pause of the inter-digit time after a key ends the entry as # would', () => {
    const host = answered();
    host.promptFinished();
    host.keys(NUMBER);
    expect(plays(host.advance(10_000))).toEqual([['de/enterPin']]);
    host.promptFinished();
    host.keys(PIN);
    expect(host.advance(9_999).some((action) => action.type === 'lookup')).toBe(false);
    expect(host.advance(1)).toContainEqual({ type: 'lookup', conferenceNumber: NUMBER, pin: PIN });
  });

  it('asks again when a prompt ended and no key came, without counting a wrong entry', () => {
    const host = answered();
    host.promptFinished();
    expect(host.runningTimers()).toEqual(['entryDeadline', 'interDigit', 'noInput']);
    const actions = host.advance(10_000);
    expect(plays(actions)).toEqual([['de/enterConferenceNumber']]);
    expect(plays(host.keys('#'))).toEqual([['de/enterConferenceNumber']]);
    host.promptFinished();
    // Three empty entries are no wrong entries: a full one still gets its lookup.
    host.keys('#');
    expect(enter(host).some((action) => action.type === 'lookup')).toBe(true);
  });

  it('* switches between German and English, restarts the entry being typed and repeats its prompt', () => {
    const host = answered({ defaultLanguage: 'de' });
    host.keys('12');
    const actions = host.keys('*');
    expect(actions).toContainEqual({ type: 'setLanguage', language: 'en' });
    expect(plays(actions)).toEqual([['en/enterConferenceNumber']]);
    expect(host.ivr.language).toBe('en');
    // The 12 typed before the switch is gone.
    expect(enter(host)).toContainEqual({ type: 'lookup', conferenceNumber: NUMBER, pin: PIN });
  });

  it('* during the PIN keeps the conference number, restarts the PIN and switches back again', () => {
    const host = answered({ defaultLanguage: 'en' });
    host.keys(`${NUMBER}#99`);
    expect(plays(host.keys('*'))).toEqual([['de/enterPin']]);
    expect(plays(host.keys('*'))).toEqual([['en/enterPin']]);
    expect(host.keys(`${PIN}#`)).toContainEqual({ type: 'lookup', conferenceNumber: NUMBER, pin: PIN });
  });

  it('ignores the keys A to D entirely', () => {
    const host = answered();
    expect(host.keys('ABCD')).toEqual([]);
    expect(enter(host)).toContainEqual({ type: 'lookup', conferenceNumber: NUMBER, pin: PIN });
  });

  it('a conference number longer than 10 digits still gets the PIN prompt, then the same wrong entry as a lookup', () => {
    const host = answered();
    expect(plays(host.keys(`${NUMBER}1#`))).toEqual([['de/enterPin']]);
    const tooLong = host.keys(`${PIN}#`);
    expect(tooLong.some((action) => action.type === 'lookup')).toBe(false);
    expect(plays(tooLong)).toEqual([['de/wrongEntry', 'de/enterConferenceNumber']]);

    const rejected = answered();
    enter(rejected);
    const answer = rejected.send({ type: 'lookupResult', result: { outcome: 'wrongEntry' } });
    expect(plays(answer)).toEqual(plays(tooLong));
  });

  it('a PIN longer than 10 digits is a wrong entry without a lookup', () => {
    const host = answered();
    const actions = host.keys(`${NUMBER}#${PIN}12#`);
    expect(actions.some((action) => action.type === 'lookup')).toBe(false);
    expect(plays(actions).at(-1)).toEqual(['de/wrongEntry', 'de/enterConferenceNumber']);
  });

  it('after a wrong entry asks for both again and accepts a right one', () => {
    const host = answered();
    enter(host);
    host.send({ type: 'lookupResult', result: { outcome: 'wrongEntry' } });
    expect(host.ivr.phase).toBe('entry');
    expect(enter(host, NUMBER, '1111111111')).toContainEqual({
      type: 'lookup',
      conferenceNumber: NUMBER,
      pin: '1111111111',
    });
  });

  it('the third wrong entry plays the final prompt, ignores keys, and hangs up when it ends', () => {
    const host = answered();
    for (let attempt = 1; attempt <= 2; attempt++) {
      enter(host);
      host.send({ type: 'lookupResult', result: { outcome: 'wrongEntry' } });
    }
    host.keys(`${NUMBER}1#${PIN}#`);
    const final = lastPlay(host.log);
    expect(final).toEqual({
      type: 'play',
      prompts: [
        { language: 'de', prompt: 'wrongEntryFinal' },
        { language: 'de', prompt: 'goodbye' },
      ],
      interruptible: false,
    });
    expect(host.runningTimers()).toEqual(['closing']);
    expect(host.keys('1#*')).toEqual([]);
    expect(host.promptFinished()).toEqual([
      { type: 'cancelTimer', timer: 'closing' },
      { type: 'hangup', reason: 'wrongEntry' },
    ]);
    expect(host.ivr.phase).toBe('ended');
    expect(host.runningTimers()).toEqual([]);
  });

  it('hangs up after the final prompt even when the prompt never reports its end', () => {
    const host = answered();
    host.advance(60_000);
    expect(host.advance(30_000)).toEqual([{ type: 'hangup', reason: 'noInput' }]);
  });

  it('says goodbye after 60 seconds without a key, and every key restarts that time', () => {
    const host = answered();
    host.advance(50_000);
    host.keys('1');
    expect(plays(host.advance(59_999)).flat()).not.toContain('de/noInput');
    const actions = host.advance(1);
    expect(plays(actions)).toEqual([['de/noInput', 'de/goodbye']]);
    host.promptFinished();
    expect(host.log.at(-1)).toEqual({ type: 'hangup', reason: 'noInput' });
  });

  it('ends the call 5 minutes after the answer without a successful lookup, however many keys come', () => {
    const host = answered();
    for (let elapsed = 0; elapsed < 280_000; elapsed += 40_000) {
      host.advance(40_000);
      host.keys('*');
    }
    expect(host.log.some((action) => action.type === 'hangup')).toBe(false);
    expect(plays(host.advance(20_000))).toEqual([['en/goodbye']]);
    host.promptFinished();
    expect(host.log.at(-1)).toEqual({ type: 'hangup', reason: 'entryDeadline' });
  });

  it('a throttled caller hears "try again later" and is hung up on', () => {
    const host = answered();
    enter(host);
    expect(plays(host.send({ type: 'lookupResult', result: { outcome: 'throttled' } }))).toEqual([
      ['de/tooManyAttempts', 'de/goodbye'],
    ]);
    expect(host.promptFinished()).toContainEqual({ type: 'hangup', reason: 'throttled' });
  });

  it('a failed or unanswered lookup tells of a technical problem and hangs up', () => {
    const failed = answered();
    enter(failed);
    expect(plays(failed.send({ type: 'lookupResult', result: { outcome: 'unavailable' } }))).toEqual([
      ['de/notAvailable', 'de/goodbye'],
    ]);

    const silent = answered();
    enter(silent);
    expect(plays(silent.advance(15_000))).toEqual([['de/notAvailable', 'de/goodbye']]);
    silent.promptFinished();
    expect(silent.log.at(-1)).toEqual({ type: 'hangup', reason: 'unavailable' });
  });

  it('ignores keys while the lookup runs', () => {
    const host = answered();
    enter(host);
    expect(host.keys('123#*')).toEqual([]);
  });

  it('after the lookup switches to the tenant language, unless the caller chose one', () => {
    const host = answered({ defaultLanguage: 'de' });
    enter(host);
    const actions = host.send({ type: 'lookupResult', result: { outcome: 'ok', language: 'en' } });
    expect(actions).toEqual([
      { type: 'cancelTimer', timer: 'response' },
      { type: 'cancelTimer', timer: 'entryDeadline' },
      { type: 'setLanguage', language: 'en' },
      { type: 'join' },
      { type: 'startTimer', timer: 'response', ms: 15_000 },
    ]);

    const chose = answered({ defaultLanguage: 'de' });
    chose.keys('**');
    enter(chose);
    const kept = chose.send({ type: 'lookupResult', result: { outcome: 'ok', language: 'en' } });
    expect(kept.some((action) => action.type === 'setLanguage')).toBe(false);
    expect(chose.ivr.language).toBe('de');
  });

  it('ignores a timeout of a timer it no longer waits for', () => {
    const host = answered();
    expect(host.send({ type: 'timeout', timer: 'interDigit' })).toEqual([]);
    expect(host.send({ type: 'timeout', timer: 'starKey' })).toEqual([]);
    expect(host.ivr.phase).toBe('entry');
  });

  it('the timers the IVR believes are running are always the ones its host runs', () => {
    const host = answered();
    const check = () => expect([...host.ivr.timers].sort()).toEqual(host.runningTimers());
    check();
    host.promptFinished();
    check();
    host.keys('12');
    check();
    host.advance(10_000);
    check();
    host.keys(`*${NUMBER}#`);
    check();
    host.keys(`${PIN}#`);
    check();
    host.send({ type: 'lookupResult', result: { outcome: 'wrongEntry' } });
    check();
    enter(host);
    host.send({ type: 'lookupResult', result: { outcome: 'ok', language: null } });
    check();
  });
});
