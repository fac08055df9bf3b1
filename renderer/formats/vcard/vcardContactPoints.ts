import type ICAL from 'ical.js';
import type { ContactEmail, ContactPhone } from '../../../shared/domain/contact';
import { DEFAULT_CONTACT_POINT_LABEL, LABEL_FOR_TYPE, LABEL_PARAMETER } from './vcardProperties';
import { byPreference, groupOf, listOf, textOf } from './vcardValues';

/** Apple writes a custom label as `item1.X-ABLabel:_$!<Assistant>!$_` beside `item1.EMAIL`. */
function appleLabel(properties: readonly ICAL.Property[], group: string | undefined): string {
  if (!group) return '';
  const label = properties.find(
    (property) => property.name === 'x-ablabel' && groupOf(property) === group,
  );
  const text = textOf(label?.getFirstValue());
  return text.replace(/^_\$!<(.*)>!\$_$/, '$1').toLowerCase();
}

function labelOf(property: ICAL.Property, properties: readonly ICAL.Property[]): string {
  const own = textOf(property.getParameter(LABEL_PARAMETER));
  if (own) return own;
  for (const type of listOf(property.getParameter('type'))) {
    const label = LABEL_FOR_TYPE[type.toLowerCase()];
    if (label) return label;
  }
  const apple = appleLabel(properties, groupOf(property));
  if (apple) return LABEL_FOR_TYPE[apple] ?? apple;
  return DEFAULT_CONTACT_POINT_LABEL;
}

/** EMAIL and TEL properties as labelled addresses and numbers, most preferred first. */
export function readContactPoints(properties: readonly ICAL.Property[]): {
  emails: ContactEmail[];
  phones: ContactPhone[];
} {
  const of = (name: string) =>
    byPreference(properties.filter((property) => property.name === name));
  return {
    emails: of('email')
      .map((property) => ({
        label: labelOf(property, properties),
        address: textOf(property.getFirstValue()).replace(/^mailto:/i, ''),
      }))
      .filter((email) => email.address !== ''),
    phones: of('tel')
      .map((property) => ({
        label: labelOf(property, properties),
        // A vCard 4.0 TEL may be a tel: URI; we store the number as written.
        number: textOf(property.getFirstValue()).replace(/^tel:/i, ''),
      }))
      .filter((phone) => phone.number !== ''),
  };
}
