// The second half of `npm run build`: after tsc has compiled src/ to dist/ (the command-line tools
// run from there), the two entry points that start with the server, dist/server.js and the query
// worker, are each replaced by one bundled file. Loading the app module by module was about half
// of the time from start to first answer (Node 20 has no module compile cache); one file loads in
// a fraction of it. Only better-sqlite3 (native code) is left in node_modules and imported as is.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
export const entryPoints = ['server.ts', 'db/query-worker.ts'];

// Each bundled module keeps its own location. A source module's import.meta.url is where tsc
// puts it in `outdir`, so what it finds beside itself (the migrations folder, the worker next to
// the pool) is still found. A CommonJS package's __dirname and __filename are its file in
// node_modules (Swagger UI serves its page and assets from beside itself).
function ownLocations(outdir: string, outfile: string): Plugin {
  const fromBundle = (file: string) => JSON.stringify(`./${relative(dirname(outfile), file)}`);
  return {
    name: 'own-locations',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (relative(src, path).startsWith('..')) return undefined;
        const contents = await readFile(path, 'utf8');
        const compiled = join(outdir, relative(src, path)).replace(/\.ts$/, '.js');
        return { contents: contents.replaceAll('import.meta.url', `new URL(${fromBundle(compiled)}, import.meta.url).href`), loader: 'ts' };
      });
      build.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, async ({ path }) => {
        const contents = await readFile(path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(contents)) return undefined;
        const declarations = `var __filename = __bundleLocation(${fromBundle(path)}), __dirname = __bundleDirname(__filename);`;
        // After a 'use strict' directive, which only counts first.
        const [prologue] = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(['"])use strict\1;?/.exec(contents) ?? [''];
        return { contents: `${prologue}\n${declarations}\n${contents.slice(prologue.length)}`, loader: 'js' };
      });
    },
  };
}

/** Writes the bundled entry points into `outdir` (dist/ for the build). */
export async function bundle(outdir: string): Promise<void> {
  await Promise.all(
    entryPoints.map((entry) => {
      const outfile = join(outdir, entry.replace(/\.ts$/, '.js'));
      return build({
        entryPoints: [join(src, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: true,
        external: ['better-sqlite3'],
        banner: {
          js: [
            // CommonJS packages require() Node's own modules, which an ES module has no require for.
            "import { createRequire as __bundleCreateRequire } from 'node:module';",
            "import { dirname as __bundleDirname } from 'node:path';",
            "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';",
            'const require = __bundleCreateRequire(import.meta.url);',
            'const __bundleLocation = (path) => __bundleFileURLToPath(new URL(path, import.meta.url));',
          ].join('\n'),
        },
        plugins: [ownLocations(outdir, outfile)],
        logLevel: 'warning',
      });
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle(join(root, 'dist'));
