// A small static file server for dist/: used by build-scripts/serve and the browser tests.
//
// Plain Node (no packages) so it runs anywhere setup ran. Binds to 127.0.0.1 only. Options let
// the tests reproduce hosting setups a blogger may meet: a Content-Security-Policy header, or a
// server that sends .wasm with the wrong MIME type.
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

// Starts a server; resolves to { server, port, url, close() }.
// options: root (directory), port (0 = any free port), csp (header value), wasmType (override),
//          routes ({ '/path': (req, res) => void } handled before files), log (function),
//          headers (extra headers on every file, e.g. { 'Access-Control-Allow-Origin': '*' }),
//          gzip (true: compress for clients that accept it, as a CDN does; the bench's phone).
export async function startStaticServer(options) {
  const root = path.resolve(options.root);
  const server = http.createServer(async (req, res) => {
    try {
      // The path as sent ('//x' is a path here, not a host as it would be relative to a base).
      const url = new URL(`http://127.0.0.1${req.url.startsWith('/') ? '' : '/'}${req.url}`);
      const route = options.routes?.[url.pathname];
      if (route) return route(req, res);
      let file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) return send(res, 403, 'forbidden');
      const stat = await fs.stat(file).catch(() => null);
      if (stat?.isDirectory()) file = path.join(file, 'index.html');
      let body = await fs.readFile(file).catch(() => null);
      if (!body) return send(res, 404, `not found: ${url.pathname}`);
      const ext = path.extname(file);
      const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (ext === '.wasm' && options.wasmType) headers['Content-Type'] = options.wasmType;
      if (options.csp) headers['Content-Security-Policy'] = options.csp;
      Object.assign(headers, options.headers);
      if (options.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = zlib.gzipSync(body, { level: 6 });
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      options.log?.(`${req.method} ${url.pathname} 200`);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = server.address().port;
  return { server, port, url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// Command line: node static-server.mjs --root DIR [--port N]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const port = Number(get('--port', '8000'));
  try {
    const { url } = await startStaticServer({ root: get('--root', 'dist'), port });
    console.log(`Exposure Quiz is served at ${url} (Ctrl-C stops it)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE'
      ? `error: port ${port} is in use: pick another with --port N`
      : `error: ${error.message}`);
    process.exit(1);
  }
}
