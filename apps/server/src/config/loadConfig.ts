import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Config, ConfigSchema, envKeys } from './configSchema.js';

/** A configuration that cannot be used; the message names the key, where it came from, and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the configuration: the JSON file named by PLENUM_CONFIG (or ./plenum.config.json when
 * present), then PLENUM_* environment variables on top, validated as one schema. Relative
 * paths are resolved against the working directory.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const sources = new Map<string, string>();
  const raw: Record<string, unknown> = {};
  const file = env.PLENUM_CONFIG ?? (existsSync(resolve(cwd, 'plenum.config.json')) ? 'plenum.config.json' : undefined);
  if (file !== undefined) {
    const path = resolve(cwd, file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new ConfigError(`Cannot read config file ${path}: ${(e as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ConfigError(`Config file ${path} must hold a JSON object`);
    }
    Object.assign(raw, parsed);
    for (const key of flatKeys(parsed as Record<string, unknown>)) sources.set(key, `config file ${path}`);
  }
  for (const [variable, key] of Object.entries(envKeys)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    setPath(raw, key, value);
    sources.set(key, `environment variable ${variable}`);
  }
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) {
    // One line per key: the first problem is enough to fix it.
    const problems = new Map<string, string>();
    for (const issue of result.error.issues) {
      const at = issue.path.map(String);
      // Environment variables set only known keys, so an unknown one comes from the file.
      const found =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => [[...at, key].join('.'), 'is not a setting'] as const)
          : [[at.join('.') || '(root)', issue.message] as const];
      for (const [key, message] of found) if (!problems.has(key)) problems.set(key, message);
    }
    const lines = [...problems].map(([key, message]) => {
      const from = sources.get(key) ?? 'configuration';
      return `  ${key} (from ${from}): ${message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  return { ...config, dataDir: resolve(cwd, config.dataDir) };
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
}

function flatKeys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? [`${prefix}${k}`, ...flatKeys(v as Record<string, unknown>, `${prefix}${k}.`)]
      : [`${prefix}${k}`],
  );
}
