import { envKeys } from './configSchema.js';

/** `PLENUM_*` variables read by something other than the configuration: the config file's name, the dev server. */
const otherVariables = new Set(['PLENUM_CONFIG', 'PLENUM_SERVER_URL']);

/**
 * Prefixes of variables other programs read: the SIP gateway (`PLENUM_SIP_*`, it has its own settings besides the
 * server's `PLENUM_SIP_DIAL_IN_NUMBER` …), the test suites (`PLENUM_TEST_*`, `PLENUM_E2E_*`).
 */
const otherPrefixes = ['PLENUM_SIP_', 'PLENUM_TEST_', 'PLENUM_E2E_'];

/** A `PLENUM_*` variable that no part of Plenum reads, with the known one it most likely meant to be. */
export interface UnknownVariable {
  readonly name: string;
  readonly suggestion: string | undefined;
}

/** The `PLENUM_*` environment variables that are no setting (misspelt ones are otherwise ignored silently). */
export function unknownEnvironmentVariables(env: NodeJS.ProcessEnv): UnknownVariable[] {
  const known = Object.keys(envKeys);
  return Object.keys(env)
    .filter((name) => name.startsWith('PLENUM_') && !(name in envKeys) && !otherVariables.has(name))
    .filter((name) => !otherPrefixes.some((prefix) => name.startsWith(prefix)))
    .sort()
    .map((name) => ({ name, suggestion: closest(name, known) }));
}

/** The warning printed at start, or undefined when every `PLENUM_*` variable is known. */
export function unknownEnvironmentWarning(env: NodeJS.ProcessEnv): string | undefined {
  const unknown = unknownEnvironmentVariables(env);
  if (unknown.length === 0) return undefined;
  const names = unknown.map(({ name, suggestion }) => (suggestion ? `${name} (did you mean ${suggestion}?)` : name));
  return `Ignoring unknown environment variables: ${names.join(', ')}. The settings are listed in the README.`;
}

/** The known name at most three edits away, the nearest first; undefined when none is that close. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance <= 3 && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
