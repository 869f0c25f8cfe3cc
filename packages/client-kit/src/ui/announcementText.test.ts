import { defineProtocol } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineClientModule } from '../ClientModule.js';
import { announcementText } from './announcementText.js';
import { missingTranslations } from './missingTranslations.js';
import { type AnyUiModule, defineUiModule } from './UiModule.js';

const protocol = defineProtocol({ ns: 'hands', commands: {}, events: {}, errors: {}, joinState: z.undefined() });
type Said = { readonly raised: { readonly name: string } };
const messages = {
  en: { announce: { raised: ({ name }: { name: string }) => `${name} raised a hand` } },
  de: { announce: { raised: ({ name }: { name: string }) => `${name} hat die Hand gehoben` } },
};
const hands = defineUiModule<typeof protocol, null, (typeof messages)['en'], Said>({
  client: defineClientModule<typeof protocol, null, Said>({ protocol, init: () => null, reduce: (s) => s }),
  messages,
});
const registry: readonly AnyUiModule[] = [hands];

describe('announcementText', () => {
  it('usesTheWordsOfTheAnnouncingModuleInTheCurrentLanguage', () => {
    const said = { ns: 'hands', announcement: { key: 'raised', params: { name: 'Bob' } } };
    expect(announcementText(registry, said, 'en')).toBe('Bob raised a hand');
    expect(announcementText(registry, said, 'de')).toBe('Bob hat die Hand gehoben');
    expect(announcementText(registry, { ...said, ns: 'other' }, 'en')).toBe('');
    expect(announcementText(registry, { ns: 'hands', announcement: { key: 'nope', params: {} } }, 'en')).toBe('');
  });
});

describe('missingTranslations', () => {
  it('namesKeysOneLanguageLacksAndEmptyTexts', () => {
    expect(missingTranslations(messages)).toEqual([]);
    const broken = { en: { a: 'A', b: 'B' }, de: { a: '', c: 'C' } } as never;
    expect(missingTranslations(broken)).toEqual(['de:b:string', 'en:c:string', 'de.a']);
  });
});
