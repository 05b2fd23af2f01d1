/**
 * Preloaded (`node --import`) into every child a build starts
 * (child-process.ts): the child's stdin is a pipe from the build, never
 * written to, so it ends when the build's process does, however it ends,
 * SIGKILL included. The child then kills its own process group (it leads
 * one), itself and whatever it started, so that no `astro build` goes on
 * writing for a build that is gone. Plain JavaScript: it runs before
 * anything else, in Node alone.
 */
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.BUILD_PARENT_PIPE === '1') {
  const stdin = process.stdin;
  const orphaned = () => {
    try {
      process.kill(-process.pid, 'SIGKILL');
    } catch {
      process.kill(process.pid, 'SIGKILL');
    }
  };
  stdin.on('end', orphaned);
  stdin.on('error', orphaned);
  stdin.resume();
  // Waiting for the end must not keep the child alive once its work is done.
  stdin.unref?.();
}
