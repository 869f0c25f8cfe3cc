// Writes the generated artefacts (OpenAPI, signalling JSON Schema) from the zod schemas.
// A unit test fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedDocs } from '../apps/server/src/docs/generatedDocs.js';

for (const doc of generatedDocs()) {
  writeFileSync(resolve(import.meta.dirname, '..', doc.path), doc.content);
  process.stdout.write(`wrote ${doc.path}\n`);
}
