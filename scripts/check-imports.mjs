// The import graph of the sources, checked: no cycles, and no import across a process boundary.
//
// Layers (see docs/architecture.md):
//   shared/   the pure engine: imports only shared/ (and packages; eslint limits which).
//   assets/   data (JSON lessons, templates, icons): any layer may read it.
//   renderer/ the React app: imports renderer/ and shared/, never electron/, cli/ or test/.
//   electron/ the desktop shell: imports electron/ and shared/, never renderer/, cli/ or test/.
//   cli/      the command line: imports cli/ and shared/ only.
// A cycle is any strongly connected group of two or more source files (type-only imports count:
// a cycle of types still means two files cannot be understood, moved or split one without the other).
//
// Usage: node scripts/check-imports.mjs [--json] [--list] [--root DIR]
//   exit 0 clean, 1 violations found. --list prints every cycle's files; --json prints the report;
//   --root checks another tree laid out the same way (the script's own test uses it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_ROOTS = ['shared', 'renderer', 'electron', 'cli'];
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs'];
const SKIP_DIRS = new Set(['node_modules', 'bin']);

/** Which top-level areas each process layer may import (its own always included). */
const ALLOWED = {
  shared: ['shared', 'assets'],
  renderer: ['renderer', 'shared', 'assets'],
  electron: ['electron', 'shared', 'assets'],
  cli: ['cli', 'shared', 'assets'],
};

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Resolves a relative specifier the way the bundlers do (extensionless, index files, .js → .ts). */
function resolveSpecifier(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const stripped = base.replace(/\.(m|c)?js$/, '');
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => stripped + ext),
    ...EXTENSIONS.map((ext) => join(base, 'index' + ext)),
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

const area = (file) => relative(root, file).split(sep)[0];
const rel = (file) => relative(root, file).split(sep).join('/');

export function buildGraph() {
  const files = SOURCE_ROOTS.filter((dir) => existsSync(join(root, dir))).flatMap((dir) =>
    walk(join(root, dir), []),
  );
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = [];
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveSpecifier(file, fileName);
      if (target) targets.push({ specifier: fileName, target });
    }
    graph.set(file, targets);
  }
  return graph;
}

export function boundaryViolations(graph) {
  const violations = [];
  for (const [file, targets] of graph) {
    const allowed = ALLOWED[area(file)];
    for (const { specifier, target } of targets) {
      if (!allowed.includes(area(target))) {
        violations.push({ file: rel(file), specifier, target: rel(target) });
      }
    }
  }
  return violations;
}

/** Strongly connected components of two or more files (Tarjan, iterative so deep graphs do not overflow). */
export function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const edges = (graph.get(frame.node) ?? []).filter(({ target }) => graph.has(target));
      if (frame.next < edges.length) {
        const { target } = edges[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(rel(member));
        } while (member !== frame.node);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components;
}

function main(argv) {
  const rootAt = argv.indexOf('--root');
  if (rootAt >= 0) root = resolve(argv[rootAt + 1] ?? '.');
  const graph = buildGraph();
  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  const report = { files: graph.size, edges, cycles: cycles(graph), boundary: boundaryViolations(graph) };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const { file, specifier, target } of report.boundary) {
      console.error(`${file}: imports '${specifier}' (${target}) across a process boundary`);
    }
    report.cycles.forEach((component, i) => {
      const shown = argv.includes('--list') ? component.join('\n    ') : component.slice(0, 6).join(', ');
      const more = !argv.includes('--list') && component.length > 6 ? ` … +${component.length - 6}` : '';
      console.error(`cycle ${i + 1} (${component.length} files):\n    ${shown}${more}`);
    });
    const verdict = report.cycles.length || report.boundary.length ? 'FAIL' : 'ok  ';
    console.log(
      `${verdict} import graph: ${report.files} files, ${report.edges} imports, ` +
        `${report.cycles.length} cycles, ${report.boundary.length} cross-process imports`,
    );
  }
  return report.cycles.length || report.boundary.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
