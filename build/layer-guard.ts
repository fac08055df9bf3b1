// The layer rules (docs/architecture.md) map modules a layer must never import
// onto this file through `paths` in that layer's tsconfig. Importing one makes
// this file part of the program, and the line below then fails the typecheck.
export const layerRule: 'This import is not allowed in this layer: see the layer table in architecture.md' =
  'forbidden';
