import { openApi } from './openApi.js';
import { signalingSchema } from './signalingSchema.js';

/** Every generated artefact: its path under the repository root and its content. */
export function generatedDocs(): { path: string; content: string }[] {
  return [
    { path: 'docs/generated/openapi.json', content: `${JSON.stringify(openApi(), null, 2)}\n` },
    { path: 'docs/generated/signaling.schema.json', content: `${JSON.stringify(signalingSchema(), null, 2)}\n` },
  ];
}
