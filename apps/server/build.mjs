// Bundles the server into dist/main.js and the administration CLI (`plenum tenants …`) into dist/cli.js. Plenum's own workspace packages (TypeScript sources)
// are bundled; third-party packages stay external and load from node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-third-party',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@plenum/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
