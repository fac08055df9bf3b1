// @ts-check
// The floors of renderer/ (README "Layout"), from the ground up. A folder may
// import from the floors below its own; a lower floor may name a higher one
// only in an `import type`. Folders on one floor are independent of each
// other. Shared by the lint rule (build/eslint-layers.js) and the test that
// draws the renderer's import graph (test/tooling/rendererFloors.test.ts).

/** Each floor's top-level folders of renderer/. */
export const RENDERER_FLOORS = [
  ['i18n'],
  ['services'],
  ['format'],
  ['platform'],
  ['data'],
  ['replication', 'formats'],
  ['erasure'],
  ['components'],
  ['features'],
  ['app'],
];

/** Folders anything may import: style sheets and ambient type declarations. */
export const GROUND_ANYWHERE = ['styles', 'types'];

/**
 * The floor of a top-level folder of renderer/; files directly in renderer/
 * (main.tsx) stand above every floor. -1 for folders imported from anywhere.
 * @param {string} folder
 */
function floorOf(folder) {
  if (GROUND_ANYWHERE.includes(folder)) return -1;
  const index = RENDERER_FLOORS.findIndex((floor) => floor.includes(folder));
  if (index < 0)
    throw new Error(`renderer/${folder}/ is on no floor: add it to build/rendererFloors.js.`);
  return index;
}

/**
 * Why an import from one place in renderer/ to another breaks the floors, or
 * null when it does not. Paths are relative to renderer/ with `/` separators
 * (`features/contacts/ContactList.tsx`); `typeOnly` for `import type`.
 * @param {string} from
 * @param {string} to
 * @param {boolean} typeOnly
 * @returns {string | null}
 */
export function floorViolation(from, to, typeOnly) {
  const [fromFolder, ...fromRest] = from.split('/');
  const [toFolder, ...toRest] = to.split('/');
  if (fromRest.length === 0 || !fromFolder || !toFolder) return null; // main.tsx stands on top.
  if (toRest.length === 0 && !RENDERER_FLOORS.flat().includes(toFolder)) return null; // a file beside main.tsx
  if (fromFolder === toFolder) {
    if (fromFolder !== 'features') return null;
    // Another feature only through its face (its index.ts); message files are
    // gathered by the app's root, not by features.
    const [fromFeature] = fromRest;
    const [toFeature, ...inside] = toRest;
    if (fromFeature === toFeature || inside.length === 0 || typeOnly) return null;
    return `features/${fromFeature} reaches into features/${toFeature}/${inside.join('/')}: import its face, '…/features/${toFeature}'`;
  }
  if (typeOnly) return null;
  const fromFloor = floorOf(fromFolder);
  const toFloor = floorOf(toFolder);
  if (toFloor === -1) return null;
  if (toFolder === 'features' && toRest.length > 1) {
    // The app's root gathers every feature's messages (app/messages.<language>.ts).
    if (fromFolder === 'app' && /Messages\.[a-z]{2}(\.ts)?$/.test(to)) return null;
    return `${fromFolder}/ reaches into ${to}: import the feature's face, '…/features/${toRest[0]}'`;
  }
  if (toFloor < fromFloor) return null;
  return toFloor === fromFloor
    ? `${fromFolder}/ and ${toFolder}/ share a floor and stay apart`
    : `${fromFolder}/ is below ${toFolder}/: only an \`import type\` may reach up`;
}
