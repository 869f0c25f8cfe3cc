import { posix } from 'node:path';

/**
 * Names the package a bundled source file belongs to, so the report can sum bytes per package:
 * `react-dom` or `@scope/name` for anything under node_modules, `modules/<module>/<part>` for a
 * Plenum module's ui/client/protocol, `packages/<name>`, and `apps/web/src/<folder>` for the app.
 * `source` is as written in the map (relative to the map's folder); `mapDir` is that folder,
 * relative to the repository root.
 */
export function sourcePackage(source: string, mapDir: string): string {
  const inModules = source.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [first = '', second = ''] = source.slice(inModules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (!source.startsWith('.')) return source; // a virtual module, e.g. "\0vite/preload-helper"
  const parts = posix.normalize(posix.join(mapDir, source)).split('/');
  const [root = '', name = '', part = '', folder = ''] = parts;
  if (root === 'modules') return `modules/${name}/${part}`;
  if (root === 'packages') return `packages/${name}`;
  if (root === 'apps' && part === 'src') return parts.length > 4 ? `apps/${name}/src/${folder}` : `apps/${name}/src`;
  return parts.join('/');
}
