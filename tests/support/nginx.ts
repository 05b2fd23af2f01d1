/**
 * Starts nginx (Debian's package) on a loopback port with the archive's
 * sample server block, deploy/nginx.conf, serving a built site at the root or
 * under a base path, the way a reader's host would. Only `listen`, `root` and
 * `error_page` are rewritten; everything else is the block as committed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_BLOCK = resolve(import.meta.dirname, '../../deploy/nginx.conf');

export const HOW_TO_GET_NGINX =
  'nginx is needed for the deploy tests and was not found; install it with `apt-get install nginx` (Debian/Ubuntu) and run again';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];

export function findNginx(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

export interface RunningNginx {
  /** The site's address, ending in its base path, e.g. http://127.0.0.1:41234/news/. */
  readonly url: string;
  stop(): void;
}

/** A free loopback port, asked of the system. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Serves `dist` under `basePath` ("/" or "/news/") until `stop()`. */
export async function startNginx(dist: string, basePath: string): Promise<RunningNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error(HOW_TO_GET_NGINX);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const root = join(prefix, 'www');
  mkdirSync(root);
  // The files live at the same path as their URLs: <root><base path>.
  if (basePath === '/') {
    rmSync(root, { recursive: true });
    symlinkSync(resolve(dist), root);
  } else {
    const parent = join(root, basePath.split('/').filter(Boolean).slice(0, -1).join('/'));
    mkdirSync(parent, { recursive: true });
    symlinkSync(resolve(dist), join(root, basePath.replace(/\/$/, '')));
  }
  const port = await freePort();
  const block = readFileSync(NGINX_BLOCK, 'utf8')
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`)
    .replace(/^(\s*)error_page 404\s+[^;]+;/m, `$1error_page 404 ${basePath}404.html;`);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'daemon on;',
      // As root, nginx's workers would run as nobody, who may not read a checkout under /root.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;`,
      `  fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
      block,
      '}',
      '',
    ].join('\n'),
  );
  const started = spawnSync(nginx, ['-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (started.status !== 0) {
    throw new Error(`nginx did not start (exit ${started.status}): ${started.stderr}`);
  }
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    stop() {
      spawnSync(nginx, ['-p', prefix, '-c', conf, '-s', 'stop'], { encoding: 'utf8' });
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
