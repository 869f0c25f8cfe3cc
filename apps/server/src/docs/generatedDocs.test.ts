import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from './generatedDocs.js';

const root = resolve(import.meta.dirname, '../../../..');

describe('generated documentation', () => {
  it.each(generatedDocs().map((d) => [d.path, d.content]))('%s is up to date (run `npm run gen`)', (path, content) => {
    expect(readFileSync(resolve(root, path), 'utf8')).toBe(content);
  });

  it('describesEveryModuleCommand', () => {
    const schema = JSON.parse(generatedDocs()[1]?.content ?? '{}') as { modules: Record<string, { commands: object }> };
    expect(Object.keys(schema.modules.media?.commands ?? {})).toEqual([
      'publish',
      'unpublish',
      'setMuted',
      'trickle',
      'subscriberAnswer',
      'resubscribe',
      'joinPhoneAudio',
      'phoneTalking',
    ]);
    expect(Object.keys(schema.modules.core?.commands ?? {})).toEqual(['join', 'leave', 'promote', 'demote', 'rename']);
    expect(Object.keys(schema.modules.lobby?.commands ?? {})).toEqual([
      'admit',
      'admitAll',
      'reject',
      'sendToWaitingRoom',
      'setWaitingRoom',
    ]);
  });
});
