/**
 * The part of picomatch (a dependency of Astro's, declared in package.json)
 * the ingester uses: its POSIX build, as paths under content/sources/ are
 * always written with `/`. picomatch ships no types of its own.
 */
declare module 'picomatch/posix.js' {
  interface PicomatchOptions {
    /** Match dotfiles (default false). */
    readonly dot?: boolean;
    /** Case-insensitive matching. */
    readonly nocase?: boolean;
  }
  /** Compiles a glob (or several) into a test of a path. */
  function picomatch(glob: string | readonly string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
