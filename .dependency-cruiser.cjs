/**
 * The codebase's dependency rules (docs/architecture.md), checked by `npm run check`:
 * the ingester and the site meet only at the contract in src/entry/ (and the
 * shared file helpers in src/files/); the contract depends on nothing of
 * either half; src/lib/ is pure logic. dependency-cruiser reads TypeScript and
 * JavaScript modules, not the front matter of `.astro` files: a page or a
 * component reaches the ingester only through a module it imports, which is checked.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'ingest-imports-only-the-contract',
      comment: 'The ingester imports the contract (src/entry/) and the file helpers (src/files/), never the site.',
      severity: 'error',
      from: { path: '^src/ingest/' },
      to: { path: '^(src/(?!ingest/|entry/|files/)|scripts/|astro\\.config)' },
    },
    {
      name: 'site-never-imports-the-ingester',
      comment: 'The site reads entries through the contract (src/entry/); the ingester is not part of it.',
      severity: 'error',
      from: { path: '^(src/(?!ingest/)|astro\\.config)' },
      to: { path: '^src/ingest/' },
    },
    {
      name: 'contract-stands-alone',
      comment: 'src/entry/ is what both halves agree on: it imports only itself and packages.',
      severity: 'error',
      from: { path: '^src/entry/' },
      to: { path: '^(src/(?!entry/)|scripts/)' },
    },
    {
      name: 'file-helpers-stand-alone',
      comment: 'src/files/ is shared by both halves: it imports nothing else of the project.',
      severity: 'error',
      from: { path: '^src/files/' },
      to: { path: '^(src/(?!files/)|scripts/)' },
    },
    {
      name: 'lib-is-pure',
      comment:
        'src/lib/ is pure logic: no file system, processes or threads (those go in src/build/, src/files/ or src/content-loader/).',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|child_process|worker_threads|cluster|net|http|https)$',
      },
    },
    {
      name: 'browser-scripts-stay-in-the-browser',
      comment: "src/browser/ runs in the reader's browser: no Node built-ins, nothing of the build or the ingester.",
      severity: 'error',
      from: { path: '^src/browser/' },
      to: {
        path: '^(src/(ingest|build|files|content-loader|integrations)/|scripts/)',
      },
    },
    {
      name: 'browser-scripts-use-no-node-built-ins',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-imports-a-command',
      comment: 'scripts/ holds command-line entry points: code they share lives under src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
