import { spawnSync } from 'node:child_process';

/**
 * The code a run measured: the checkout's commit, with "-dirty" when the
 * working tree differs from it (`git describe --always --dirty`), since a
 * figure is only worth what one can rebuild it from. "not a git checkout"
 * when git cannot say.
 */
export function describeMeasuredCode(repoDir: string): string {
  const described = spawnSync('git', ['describe', '--always', '--dirty', '--abbrev=7'], {
    cwd: repoDir,
    encoding: 'utf8',
  });
  const commit = described.status === 0 ? described.stdout.trim() : '';
  return commit ? `commit ${commit}` : 'not a git checkout';
}
