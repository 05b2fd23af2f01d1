/**
 * The build in parts on a GitHub Actions job matrix
 * (.github/workflows/build-in-parts.yml, docs/deploying.md, "beyond
 * one machine") kept in step with the project: its `run:` lines call only npm
 * scripts that exist, with options those scripts accept, and `npx astro`
 * commands Astro has; the matrix is the plan job's list of shards, which the
 * plan step really prints; each stage needs the one before and downloads the
 * artifacts it uploaded into the folders the next command reads; and every
 * environment variable it sets is one the code reads.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { catalogueDir, resolveContentDir } from '../../src/entry/content-location.ts';
import { REPO_DIR } from '../support/entries.ts';
import { writeFixtureArchive } from '../support/fixture-archive.ts';

const WORKFLOW = '.github/workflows/build-in-parts.yml';

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string | boolean | number>;
}
interface Job {
  readonly needs?: string | string[];
  readonly if?: string;
  readonly outputs?: Record<string, string>;
  readonly strategy?: { readonly matrix?: Record<string, unknown> };
  readonly env?: Record<string, string>;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly env?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(join(REPO_DIR, path), 'utf8');
const workflow = parseYaml(read(WORKFLOW)) as Workflow;
const jobs = Object.entries(workflow.jobs);
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** One simple command of a `run:` script: its words, and the variables assigned before it. */
interface Command {
  readonly words: readonly string[];
  readonly assigned: Readonly<Record<string, string>>;
}

/**
 * The simple commands of a `run:` script, as far as these workflows write
 * shell: each `$(…)` is a command of its own, commands are split at
 * newlines, `&&`, `||`, `;` and `|`, quotes are removed and redirections
 * (`>> "$GITHUB_OUTPUT"`) dropped.
 */
function shellCommands(script: string): Command[] {
  const substitutions: string[] = [];
  const outer = script.replace(/^\s*#.*$/gm, '').replace(/\$\(([^()]*)\)/g, (_, inner: string) => {
    substitutions.push(inner);
    return 'SUBSTITUTED';
  });
  return [...substitutions, outer].flatMap((text) =>
    text.split(/&&|\|\||[;|\n]/).flatMap((line) => {
      const tokens = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      const words: string[] = [];
      const assigned: Record<string, string> = {};
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const assignment = /^([A-Za-z_]\w*)=(.*)$/.exec(token);
        if (token === '>' || token === '>>') i++;
        else if (words.length === 0 && assignment) assigned[assignment[1]!] = assignment[2]!;
        else words.push(token);
      }
      return words.length > 0 ? [{ words, assigned }] : [];
    }),
  );
}

/** Every command of a job's steps, with the step it is in. */
const jobCommands = (job: Job) =>
  job.steps.flatMap((step) => (step.run ? shellCommands(step.run).map((command) => ({ step, command })) : []));

/** `npm run [-s|--silent] NAME [-- ARGS…]`: the script's name and its arguments, or undefined for another command. */
function npmRun(words: readonly string[]): { name: string; args: string[] } | undefined {
  if (words[0] !== 'npm' || words[1] !== 'run') return undefined;
  const rest = words.slice(2).filter((word) => word !== '-s' && word !== '--silent');
  const [name = '', separator, ...args] = rest;
  assert.ok(separator === undefined || separator === '--', `npm run ${name}: its arguments follow "--"`);
  return { name, args };
}

/** The one job that runs `npm run <name>` (or `npx astro <name>`), with that command. */
function jobRunning(name: string): { id: string; job: Job; step: Step; args: string[] } {
  const found = jobs.flatMap(([id, job]) =>
    jobCommands(job).flatMap(({ step, command }) => {
      const { words } = command;
      const args =
        npmRun(words)?.name === name
          ? npmRun(words)!.args
          : words[0] === 'npx' && words[1] === 'astro' && words[2] === name
            ? words.slice(3)
            : undefined;
      return args ? [{ id, job, step, args: [...args] }] : [];
    }),
  );
  assert.equal(found.length, 1, `one job of ${WORKFLOW} runs ${name}`);
  return found[0]!;
}

/** The value of `--name VALUE` or `--name=VALUE` in `args`. */
function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The text between the `{` at or after `from` and the brace that closes it. */
function braced(source: string, from: number): string {
  const start = source.indexOf('{', from);
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(start + 1, i);
  }
  throw new Error('unbalanced braces');
}

/**
 * What a script's command line takes, from its `parseArgs` calls: its
 * options by name and type, and whether it takes positional arguments.
 */
function scriptArguments(file: string): { options: Map<string, string>; positionals: boolean } {
  const source = read(file);
  const options = new Map<string, string>();
  let positionals = false;
  for (const call of source.matchAll(/parseArgs\(/g)) {
    const config = braced(source, call.index);
    const declared = /options:\s*\{/.exec(config);
    if (declared)
      for (const option of braced(config, declared.index).matchAll(/(\w+):\s*\{\s*type:\s*'(\w+)'/g))
        options.set(option[1]!, option[2]!);
    positionals ||= /allowPositionals:\s*true|strict:\s*false/.test(config);
  }
  return { options, positionals };
}

/** The commands `astro --help` lists. */
function astroCommands(): Set<string> {
  const help = spawnSync(process.execPath, [join(REPO_DIR, 'node_modules/astro/bin/astro.mjs'), '--help'], {
    cwd: REPO_DIR,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const listed = /Commands([\s\S]*?)Global Flags/.exec(help.stdout)?.[1] ?? '';
  return new Set([...listed.matchAll(/^\s+([a-z][\w-]*)\s{2,}/gm)].map((m) => m[1]!));
}

const needsOf = (job: Job) => (job.needs === undefined ? [] : [job.needs].flat());

/** The jobs `id` waits for, directly or through the jobs it needs. */
function ancestors(id: string): Set<string> {
  const found = new Set<string>();
  const visit = (job: string) => {
    for (const need of needsOf(workflow.jobs[job]!)) {
      if (found.has(need)) continue;
      found.add(need);
      visit(need);
    }
  };
  visit(id);
  return found;
}

/** The variables a command runs with: the workflow's, its job's, its step's and those assigned before it. */
const commandEnv = (job: Job, step: Step, command?: Command) => ({
  ...workflow.env,
  ...job.env,
  ...step.env,
  ...command?.assigned,
});

const usesAction = (step: Step, action: string) => step.uses?.startsWith(`actions/${action}@`) ?? false;

/** download-artifact's `pattern` (or `name`) as a regular expression. */
const globPattern = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^$()[\]\\|{}]/g, '\\$&').replace(/\*/g, '.*')}$`);

describe(`the build in parts on GitHub Actions (${WORKFLOW})`, () => {
  it('runs only when started by hand, so that a push is deployed once, by deploy-pages.yml', () => {
    assert.deepEqual(Object.keys(workflow.on), ['workflow_dispatch']);
  });

  it('runs only npm ci, npm scripts of package.json and commands Astro has (and echo into $GITHUB_OUTPUT)', () => {
    const astro = astroCommands();
    assert.ok(astro.has('build'), 'astro --help lists its commands');
    for (const [id, job] of jobs)
      for (const { command } of jobCommands(job)) {
        const [program, subcommand] = command.words;
        const shown = `${id}: ${command.words.join(' ')}`;
        if (program === 'npm' && subcommand === 'run') {
          const { name } = npmRun(command.words)!;
          assert.ok(name in scripts, `${shown}: package.json has no script "${name}"`);
        } else if (program === 'npx') {
          assert.equal(subcommand, 'astro', `${shown}: npx runs only astro`);
          assert.ok(astro.has(command.words[2] ?? ''), `${shown}: astro has no command "${command.words[2]}"`);
        } else
          assert.ok(
            (program === 'npm' && subcommand === 'ci' && command.words.length === 2) || program === 'echo',
            `${shown}: not a command of the project`,
          );
      }
  });

  it('passes each npm script only options its parseArgs accepts, a string option with its value, positionals only where it takes them', () => {
    for (const [id, job] of jobs)
      for (const { command } of jobCommands(job)) {
        const run = npmRun(command.words);
        if (!run) continue;
        const file = /^node (scripts\/[\w/.-]+\.ts)$/.exec(scripts[run.name] ?? '')?.[1];
        assert.ok(file, `${id}: npm run ${run.name}: its script (${scripts[run.name]}) is not "node scripts/….ts"`);
        const accepted = scriptArguments(file);
        for (let i = 0; i < run.args.length; i++) {
          const arg = run.args[i]!;
          const option = /^--(\w+)(=.*)?$/.exec(arg);
          if (!option) {
            assert.ok(accepted.positionals, `${id}: npm run ${run.name}: ${file} takes no argument "${arg}"`);
            continue;
          }
          const type = accepted.options.get(option[1]!);
          assert.ok(type, `${id}: npm run ${run.name}: ${file} has no option --${option[1]}`);
          if (type === 'string' && option[2] === undefined) {
            const value = run.args[++i];
            assert.ok(value && !value.startsWith('-'), `${id}: npm run ${run.name}: --${option[1]} needs a value`);
          }
        }
      }
  });

  it("fans the sync and build jobs out on the plan job's shard list, each job's SEARCH_SHARD its matrix entry", () => {
    const plan = jobRunning('search-shards');
    assert.deepEqual(plan.args, ['--ids'], 'the plan step prints the shard ids alone');
    // What it writes to $GITHUB_OUTPUT is checked by running it (below).
    assert.ok(plan.step.id, 'the plan step has an id, for its output');
    const [outputName] = Object.entries(plan.job.outputs ?? {}).find(
      ([, value]) => value === `\${{ steps.${plan.step.id}.outputs.shards }}`,
    ) ?? [undefined];
    assert.ok(outputName, `job ${plan.id} outputs the plan step's shards`);
    for (const stage of [jobRunning('sync'), jobRunning('build')]) {
      assert.ok(needsOf(stage.job).includes(plan.id), `${stage.id} needs ${plan.id}`);
      const matrix = Object.entries(stage.job.strategy?.matrix ?? {});
      assert.equal(matrix.length, 1, `${stage.id} has a matrix of one list`);
      const [key, list] = matrix[0]!;
      assert.equal(list, `\${{ fromJSON(needs.${plan.id}.outputs.${outputName}) }}`);
      assert.equal(commandEnv(stage.job, stage.step).SEARCH_SHARD, `\${{ matrix.${key} }}`);
    }
  });

  it("the plan step writes the archive's shard ids, newest first, as one line of JSON, the same as the plan", () => {
    const plan = jobRunning('search-shards');
    const work = mkdtempSync(join(tmpdir(), 'ci-workflow-'));
    const env = {
      ...process.env,
      CONTENT_DIR: writeFixtureArchive(),
      SEARCH_SHARD_STORIES: '34',
      GITHUB_OUTPUT: join(work, 'output'),
    };
    const ran = spawnSync('bash', ['-eo', 'pipefail', '-c', plan.step.run!], { cwd: REPO_DIR, env, encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    const written = readFileSync(env.GITHUB_OUTPUT, 'utf8');
    assert.equal(written, 'shards=["2021","2019-2020"]\n');
    const whole = spawnSync('npm', ['run', '--silent', 'search-shards'], { cwd: REPO_DIR, env, encoding: 'utf8' });
    const ids = (JSON.parse(whole.stdout) as { id: string }[]).map((shard) => shard.id);
    assert.deepEqual(JSON.parse(written.slice('shards='.length)), ids);
  });

  it('builds the parts once every sync is done, merges once every part is built, deploys the merge', () => {
    const sync = jobRunning('sync').id;
    const build = jobRunning('build').id;
    const merge = jobRunning('build:merge').id;
    assert.ok(needsOf(workflow.jobs[build]!).includes(sync), `${build} needs ${sync}`);
    assert.ok(needsOf(workflow.jobs[merge]!).includes(build), `${merge} needs ${build}`);
    const deploy = jobs.find(([, job]) => job.steps.some((step) => usesAction(step, 'deploy-pages')));
    assert.ok(deploy, 'a job deploys with actions/deploy-pages');
    assert.deepEqual(needsOf(deploy[1]), [merge]);
    for (const [id, job] of jobs)
      for (const [, value] of Object.entries({ ...job.env, ...job.strategy?.matrix, ...job.outputs }))
        for (const used of String(value).matchAll(/needs\.([\w-]+)\./g))
          assert.ok(needsOf(job).includes(used[1]!), `${id} reads needs.${used[1]} but does not need it`);
  });

  it('downloads each artifact from a job it waits for, into the folder the next command reads', () => {
    const uploads = jobs.flatMap(([id, job]) =>
      job.steps.filter((step) => usesAction(step, 'upload-artifact')).map((step) => ({ id, step })),
    );
    const downloaded = new Map<string, string>();
    for (const [id, job] of jobs)
      for (const step of job.steps.filter((s) => usesAction(s, 'download-artifact'))) {
        const wanted = globPattern(String(step.with?.pattern ?? step.with?.name));
        const from = uploads.filter((upload) =>
          wanted.test(String(upload.step.with?.name).replace(/\$\{\{[^}]*\}\}/g, 'x')),
        );
        assert.equal(from.length, 1, `${id}: ${wanted} matches one uploaded artifact`);
        assert.ok(ancestors(id).has(from[0]!.id), `${id} waits for ${from[0]!.id}, which uploads ${wanted}`);
        downloaded.set(`${from[0]!.id}→${id}`, String(step.with?.path));
      }

    // The catalogue: written by astro sync where the build's check and loader read it.
    const sync = jobRunning('sync');
    const build = jobRunning('build');
    const catalogue = relative(REPO_DIR, catalogueDir(resolveContentDir({}, REPO_DIR), REPO_DIR));
    const catalogueUpload = sync.job.steps.find((step) => usesAction(step, 'upload-artifact'));
    assert.equal(catalogueUpload?.with?.path, catalogue);
    assert.equal(downloaded.get(`${sync.id}→${build.id}`), catalogue);

    // The parts: each build's --outDir, downloaded into a folder of its own under the merge's parts folder.
    const merge = jobRunning('build:merge');
    const partUpload = build.job.steps.find((step) => usesAction(step, 'upload-artifact'));
    assert.equal(partUpload?.with?.path, optionValue(build.args, 'outDir'));
    const partsDownload = merge.job.steps.find((step) => usesAction(step, 'download-artifact'));
    assert.ok(!partsDownload?.with?.['merge-multiple'], 'each part is downloaded into a folder of its own');
    const parts = merge.args.filter((arg) => !arg.startsWith('--') && arg !== optionValue(merge.args, 'outDir'));
    assert.deepEqual(parts, [`${partsDownload?.with?.path}/*`]);

    // The site: the merge's --outDir, uploaded for Pages.
    const site = merge.job.steps.find((step) => usesAction(step, 'upload-pages-artifact'));
    assert.equal(site?.with?.path, optionValue(merge.args, 'outDir'));
  });

  it('uploads every file of a folder, hidden ones too (upload-artifact leaves them out unless told)', () => {
    for (const [id, job] of jobs)
      for (const step of job.steps.filter((s) => usesAction(s, 'upload-artifact'))) {
        assert.equal(step.with?.['include-hidden-files'], true, `${id}: ${step.with?.name}`);
        assert.equal(step.with?.['if-no-files-found'], 'error', `${id}: ${step.with?.name} fails when empty`);
      }
  });

  it('builds every job with Node from .nvmrc, npm ci first, and the same SITE_URL, BASE_PATH and SEARCH_SHARD_STORIES', () => {
    assert.ok(
      workflow.env && 'SEARCH_SHARD_STORIES' in workflow.env,
      'SEARCH_SHARD_STORIES is set once, for every job',
    );
    const deployment = new Set<string>();
    for (const [id, job] of jobs) {
      const commands = jobCommands(job);
      if (commands.length === 0) continue;
      const node = job.steps.findIndex((step) => usesAction(step, 'setup-node'));
      assert.equal(job.steps[node]?.with?.['node-version-file'], '.nvmrc', `${id} takes Node from .nvmrc`);
      const install = job.steps.findIndex((step) => step.run === 'npm ci');
      assert.ok(node < install, `${id} sets up Node, then runs npm ci`);
      for (const { step, command } of commands) {
        assert.ok(job.steps.indexOf(step) >= install, `${id}: ${command.words.join(' ')} runs after npm ci`);
        // Only the stages build the site; the plan reads the entries alone.
        const [program, subcommand] = command.words;
        const builds = program === 'npx' || (program === 'npm' && subcommand === 'run');
        if (!builds || npmRun(command.words)?.name === 'search-shards') continue;
        const env = commandEnv(job, step, command);
        deployment.add(`${env.SITE_URL} ${env.BASE_PATH}`);
        assert.ok(env.SITE_URL && env.BASE_PATH, `${id}: ${command.words.join(' ')} has SITE_URL and BASE_PATH`);
      }
    }
    assert.equal(deployment.size, 1, `one SITE_URL and BASE_PATH for every job: ${[...deployment].join(', ')}`);
  });

  it('sets only environment variables the code reads', () => {
    const sources = ['src', 'scripts']
      .flatMap((dir) =>
        readdirSync(join(REPO_DIR, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)),
      )
      .filter((file) => /\.(ts|astro|mjs)$/.test(file))
      .map(read)
      .join('\n');
    const names = new Set(Object.keys(workflow.env ?? {}));
    for (const [, job] of jobs) {
      for (const name of Object.keys(job.env ?? {})) names.add(name);
      for (const step of job.steps) for (const name of Object.keys(step.env ?? {})) names.add(name);
      for (const { command } of jobCommands(job)) for (const name of Object.keys(command.assigned)) names.add(name);
    }
    assert.ok(names.has('SEARCH_SHARD'), 'each job of the matrix is told its shard');
    for (const name of names) {
      const reads = new RegExp(`env(\\.${name}\\b|\\[\\s*['"]${name}['"])|['"]${name}['"]`);
      assert.ok(reads.test(sources), `no code in src/ or scripts/ reads ${name}`);
    }
  });
});
