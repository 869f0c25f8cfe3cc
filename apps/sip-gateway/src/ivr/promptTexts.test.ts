import { describe, expect, it } from 'vitest';
import { IVR_LANGUAGES, PROMPT_IDS, PROMPT_TEXTS, spokenText } from './promptTexts.js';

describe('prompt texts', () => {
  it('German is written with umlauts and ß, never with ae, oe, ue or ss in their place', () => {
    const german = Object.values(PROMPT_TEXTS.de).join(' ');
    expect(german).toMatch(/drücken/);
    expect(german).toMatch(/anschließend/);
    expect(german).toMatch(/Wiederhören/);
    expect(german).not.toMatch(
      /\b(fuer|druecken|hoeren|spaeter|moeglich|zulaesst|anschliessend|Wiederhoeren|hoechste|Teilnehmerzahl)\b/i,
    );
  });

  it('every prompt is one or more whole sentences of a length a caller can follow', () => {
    for (const language of IVR_LANGUAGES) {
      for (const prompt of PROMPT_IDS) {
        const text = PROMPT_TEXTS[language][prompt];
        expect(text, `${language}/${prompt}`).toMatch(/^[A-ZÄÖÜ].*[.!?]$/);
        expect(text.length, `${language}/${prompt}`).toBeLessThanOrEqual(200);
      }
    }
  });

  it('a wrong entry never says which part was wrong', () => {
    for (const language of IVR_LANGUAGES) {
      for (const prompt of ['wrongEntry', 'wrongEntryFinal'] as const) {
        expect(PROMPT_TEXTS[language][prompt]).not.toMatch(/PIN|Konferenznummer|conference number/i);
      }
    }
  });

  it('the entry prompts name the key that ends the entry, and the help names the meeting keys', () => {
    expect(PROMPT_TEXTS.de.enterConferenceNumber).toMatch(/Rautetaste/);
    expect(PROMPT_TEXTS.de.enterPin).toMatch(/Rautetaste/);
    expect(PROMPT_TEXTS.en.enterConferenceNumber).toMatch(/hash key/);
    expect(PROMPT_TEXTS.en.enterPin).toMatch(/hash key/);
    expect(PROMPT_TEXTS.de.help).toMatch(/Stern und Sechs.*Stern und Neun.*Stern und Null/);
    expect(PROMPT_TEXTS.en.help).toMatch(/star, then six.*star, then nine.*star, then zero/);
  });

  it('each language offer is said in the language it offers, and names the star key', () => {
    expect(PROMPT_TEXTS.de.languageOffer).toMatch(/^Für Deutsch .*Sterntaste/);
    expect(PROMPT_TEXTS.en.languageOffer).toMatch(/^For English, .*star key/);
  });

  it('the synthesiser reads "PIN" as a word, while the text keeps its spelling', () => {
    expect(spokenText('de', 'enterPin')).toContain('die Pinn ein');
    expect(spokenText('en', 'enterPin')).toContain('the pin,');
    expect(PROMPT_TEXTS.de.enterPin).toContain('PIN');
    expect(spokenText('de', 'welcome')).toBe(PROMPT_TEXTS.de.welcome);
  });
});
