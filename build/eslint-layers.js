// @ts-check
// A small ESLint rule for the layer table of docs/architecture.md: a relative
// import may not land in a top-level folder that the importing file's layer
// must never import. (Bare module names such as `electron` are banned with
// ESLint's own `no-restricted-imports`.)
import path from 'node:path';
import { floorViolation } from './rendererFloors.js';

/** @type {import('eslint').Rule.RuleModule} */
const noCrossLayerImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative imports across the layers of docs/architecture.md' },
    schema: [
      {
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'string' } },
      },
    ],
    messages: {
      crossLayer:
        "'{{source}}' reaches into {{target}}/, which {{layer}}/ must never import (docs/architecture.md).",
    },
  },
  create(context) {
    /** @type {Record<string, string[]>} */
    const banned = context.options[0] ?? {};
    const root = context.cwd;
    const layerOf = (/** @type {string} */ file) =>
      path.relative(root, file).split(path.sep)[0] ?? '';
    const layer = layerOf(context.filename);
    const forbidden = banned[layer];
    if (!forbidden || forbidden.length === 0) return {};

    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (!source.startsWith('.')) return;
      const target = layerOf(path.resolve(path.dirname(context.filename), source));
      if (forbidden.includes(target)) {
        context.report({ node, messageId: 'crossLayer', data: { source, target, layer } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/**
 * The floors inside renderer/ (build/rendererFloors.js): a relative import
 * may not reach a higher floor (except as `import type`), a sibling on the
 * same floor, or another feature's files other than its face.
 * @type {import('eslint').Rule.RuleModule}
 */
const rendererFloors = {
  meta: {
    type: 'problem',
    docs: { description: "Keep renderer/'s floors: imports only go down, features meet by faces" },
    schema: [],
    messages: { floor: "'{{source}}': {{why}} (README, Layout)." },
  },
  create(context) {
    const renderer = path.join(context.cwd, 'renderer');
    const from = path.relative(renderer, context.filename);
    if (from.startsWith('..') || path.isAbsolute(from)) return {};
    const posix = (/** @type {string} */ p) => p.split(path.sep).join('/');

    /**
     * @param {import('estree').Node | null | undefined} node
     * @param {boolean} typeOnly
     */
    const check = (node, typeOnly) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (!source.startsWith('.')) return;
      const to = path.relative(renderer, path.resolve(path.dirname(context.filename), source));
      if (to.startsWith('..')) return;
      const why = floorViolation(posix(from), posix(to), typeOnly);
      if (why) context.report({ node, messageId: 'floor', data: { source, why } });
    };
    /** @param {any} node */
    const typeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type';
    return {
      ImportDeclaration: (node) => check(node.source, typeOnly(node)),
      ExportNamedDeclaration: (node) => check(node.source, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node.source, typeOnly(node)),
      ImportExpression: (node) => check(node.source, false),
    };
  },
};

export const layersPlugin = {
  rules: { 'no-cross-layer-import': noCrossLayerImport, 'renderer-floors': rendererFloors },
};
