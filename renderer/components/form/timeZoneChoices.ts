let cached: readonly (readonly [string, string])[] | undefined;

/**
 * The IANA zones this runtime knows, for the time-zone selects. The same
 * array is returned each time, so the select's 400-odd options are built once
 * (see `SelectControl`). A stored zone missing from the list (an old alias
 * such as `Europe/Kiev`) is put first so the select can still show it.
 */
export function timeZoneChoices(current?: string): readonly (readonly [string, string])[] {
  cached ??= Intl.supportedValuesOf('timeZone').map(
    (zone) => [zone, zone.replaceAll('_', ' ')] as const,
  );
  if (!current || cached.some(([zone]) => zone === current)) return cached;
  return [[current, current.replaceAll('_', ' ')], ...cached];
}
