/** Serves dist/ (or the folder given) like a static host: `node scripts/serve.ts [folder]`. */
import { startStaticServer } from '../tests/support/static-server.ts';

const server = await startStaticServer(process.argv[2]);
console.log(`Serving ${process.argv[2] ?? 'dist/'} at ${server.url}/ (Ctrl+C to stop)`);
