// Bundles the server into dist/main.js, the administration CLI (`plenum tenants …`) into dist/cli.js and the SIP gateway
// (started by the server as a child process, or run on its own host) into dist/sip-gateway.js. Plenum's own workspace packages (TypeScript sources)
// are bundled; third-party packages stay external and load from node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/main.ts', 'sip-gateway': '../sip-gateway/src/main.ts' },
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
