/**
 * A static file server on a port of its own, for the offline tests: unlike the shared preview
 * server it can be shut down mid-test (the network is gone for real, not only emulated) and its
 * folder changed (a new version deployed to an open tab).
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  url: string;
  /** The served copy of the build: change it to "deploy" a new version. */
  root: string;
  /** Requests answered so far, by path (to tell what came from the network). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves a fresh copy of `dist` (so a test may change it) on 127.0.0.1 and a free port. */
export async function serveCopyOf(dist = process.env.E2E_DIST ?? 'dist'): Promise<StaticSite> {
  const root = mkdtempSync(join(tmpdir(), 'crm-site-'));
  cpSync(dist, root, { recursive: true });
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    // As a static host would serve them: the service worker always checked anew, assets cached.
    const noCache = /(sw\.js|index\.html|\.webmanifest)$/.test(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': noCache ? 'no-cache' : 'max-age=31536000',
    });
    res.end(readFileSync(file));
  });
  // Connections kept alive would keep answering after close(): track and end them.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    root,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
