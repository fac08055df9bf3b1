// @ts-check
// A small ESLint rule for the layer table of docs/architecture.md: a relative
// import may not land in a top-level folder that the importing file's layer
// must never import. (Bare module names such as `electron` are banned with
// ESLint's own `no-restricted-imports`.)
import path from 'node:path';

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

export const layersPlugin = { rules: { 'no-cross-layer-import': noCrossLayerImport } };
