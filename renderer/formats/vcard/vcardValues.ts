import type ICAL from 'ical.js';

/** A decoded property value as trimmed text ('' when absent). */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return (typeof value === 'string' ? value : String(value)).trim();
}

/** A value or a list of values (multi-valued parameters and N parts) as non-empty texts. */
export function listOf(value: unknown): string[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map(textOf).filter(Boolean);
}

/** The property's group in lower case ("item1.EMAIL" → "item1"), if any. */
export function groupOf(property: ICAL.Property): string | undefined {
  const group = property.getParameter('group');
  return typeof group === 'string' ? group.toLowerCase() : undefined;
}

/** PREF=1 is most preferred; vCard 3.0 says TYPE=pref; no preference sorts last. */
export function prefOf(property: ICAL.Property): number {
  const pref = Number(textOf(property.getParameter('pref')));
  if (Number.isInteger(pref) && pref > 0) return pref;
  const types = listOf(property.getParameter('type')).map((type) => type.toLowerCase());
  return types.includes('pref') ? 1 : 101;
}

/** Properties in order of preference, file order among equals. */
export function byPreference(properties: readonly ICAL.Property[]): ICAL.Property[] {
  return properties
    .map((property, index) => ({ property, index }))
    .sort((a, b) => prefOf(a.property) - prefOf(b.property) || a.index - b.index)
    .map(({ property }) => property);
}
