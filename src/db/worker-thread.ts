// Worker threads whose entry point is a sibling module: .js once built, .ts under tsx and tap.
// Node 20 does not apply the parent's TypeScript loader to a worker's entry point, so a .ts worker
// is loaded through tsx.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Starts `name` (without extension), the module beside `parentUrl` (the caller's import.meta.url). */
export function startSiblingWorker(parentUrl: string, name: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const typescript = extname(fileURLToPath(parentUrl)) === '.ts';
  const url = new URL(`./${name}${typescript ? '.ts' : '.js'}`, parentUrl);
  if (!typescript) return new Worker(url, options);
  const entry = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(parentUrl)}))`;
  return new Worker(entry, { ...options, eval: true });
}
