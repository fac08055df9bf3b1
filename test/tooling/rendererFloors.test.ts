import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { floorViolation, GROUND_ANYWHERE, RENDERER_FLOORS } from '../../build/rendererFloors.js';

const renderer = fileURLToPath(new URL('../../renderer/', import.meta.url));

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every relative import of renderer/'s modules, read from the code with TypeScript's parser. */
async function importGraph(): Promise<Edge[]> {
  const edges: Edge[] = [];
  for (const file of await sourceFiles(renderer)) {
    const code = await readFile(file, 'utf8');
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false);
    const from = path.relative(renderer, file).split(path.sep).join('/');
    const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
      const to = path
        .relative(renderer, path.resolve(path.dirname(file), specifier.text))
        .split(path.sep)
        .join('/');
      if (!to.startsWith('..')) edges.push({ from, to, typeOnly });
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node)) {
        add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
      } else if (ts.isExportDeclaration(node)) {
        add(node.moduleSpecifier, node.isTypeOnly);
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword
      ) {
        add(node.arguments[0], false);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}

/** The folder a module (or a folder's index) counts in: a top-level folder of renderer/, or a feature. */
function roomOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'features' && parts.length >= 2) return `features/${parts[1]}`;
  return [...RENDERER_FLOORS.flat(), ...GROUND_ANYWHERE].includes(parts[0]!) ? parts[0]! : '.';
}

/** The loops among the rooms (strongly connected components of more than one room). */
function loops(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const [a, b] = [roomOf(from), roomOf(to)];
    if (a === b) continue;
    next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  const connect = (room: string) => {
    index.set(room, counter);
    low.set(room, counter++);
    stack.push(room);
    for (const target of next.get(room) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(room, Math.min(low.get(room)!, low.get(target)!));
      } else if (stack.includes(target)) {
        low.set(room, Math.min(low.get(room)!, index.get(target)!));
      }
    }
    if (low.get(room) === index.get(room)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== room);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const room of next.keys()) if (!index.has(room)) connect(room);
  return found;
}

describe("renderer/'s import graph, drawn from the code", () => {
  it('has no arrow from a lower floor to a higher one, between siblings, or past a feature’s face', async () => {
    const edges = await importGraph();
    expect(edges.length).toBeGreaterThan(500);
    const broken = edges
      .map((edge) => ({ edge, why: floorViolation(edge.from, edge.to, edge.typeOnly) }))
      .filter(({ why }) => why !== null)
      .map(({ edge, why }) => `${edge.from} → ${edge.to}: ${why}`);
    expect(broken).toEqual([]);
  });

  it('has no loops between folders or between features (type-only imports aside)', async () => {
    const edges = await importGraph();
    expect(loops(edges.filter((edge) => !edge.typeOnly))).toEqual([]);
  });

  it('puts every top-level folder of renderer/ on a floor', async () => {
    const folders = new Set(
      (await sourceFiles(renderer))
        .map((file) => path.relative(renderer, file).split(path.sep))
        .filter((parts) => parts.length > 1)
        .map((parts) => parts[0]!),
    );
    const placed = new Set(RENDERER_FLOORS.flat());
    expect([...folders].filter((folder) => !placed.has(folder) && folder !== 'types')).toEqual([]);
  });

  it('would see a loop and an upward arrow', () => {
    const planted: Edge[] = [
      { from: 'data/a.ts', to: 'replication/b', typeOnly: false },
      { from: 'replication/b.ts', to: 'data/a', typeOnly: false },
    ];
    expect(loops(planted)).toEqual([['data', 'replication']]);
    expect(floorViolation('data/a.ts', 'replication/b', false)).toMatch(/below/);
    expect(floorViolation('data/a.ts', 'replication/b', true)).toBeNull();
  });
});
