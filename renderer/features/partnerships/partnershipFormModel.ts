import type {
  Partnership,
  PartnershipPartyKind,
  PartnershipStatus,
} from '../../../shared/domain/partnership';
import type { PartnershipIssue } from '../../../shared/domain/partnershipValidation';
import type { EntityFields } from '../../data/writes';
import { optionalText, splitList, withoutUndefined } from '../../components/form/formValues';

/** One party as the form edits it. */
export interface PartyFormValues {
  kind: PartnershipPartyKind;
  /** The city's name; for an organisation, taken from the organisation on save. */
  name: string;
  /** '' until an organisation is chosen. */
  organisationId: string;
  country: string;
}

/** What the partnership form edits: every field as the text the user typed. */
export interface PartnershipFormValues {
  parties: PartyFormValues[];
  /** The year as typed. */
  since: string;
  agreement: string;
  /** Comma-separated. */
  themes: string;
  status: PartnershipStatus;
  historyNotes: string;
}

export type PartnershipFields = EntityFields<Partnership>;

export function emptyParty(): PartyFormValues {
  return { kind: 'city', name: '', organisationId: '', country: '' };
}

/** A new partnership starts with the two parties every partnership needs. */
export function emptyPartnershipForm(): PartnershipFormValues {
  return {
    parties: [emptyParty(), emptyParty()],
    since: '',
    agreement: '',
    themes: '',
    status: 'active',
    historyNotes: '',
  };
}

export function partnershipToForm(partnership: Partnership): PartnershipFormValues {
  return {
    parties: partnership.parties.map((party) => ({
      kind: party.kind,
      name: party.name,
      organisationId: party.organisationId ?? '',
      country: party.country ?? '',
    })),
    since: partnership.since === undefined ? '' : String(partnership.since),
    agreement: partnership.agreement ?? '',
    themes: partnership.themes.join(', '),
    status: partnership.status,
    historyNotes: partnership.historyNotes ?? '',
  };
}

/**
 * The stored fields for the form's values. An organisation party also keeps
 * the organisation's name (`organisationName`), so exports read well offline.
 * A year that is not a number becomes NaN, which validation reports.
 */
export function formToPartnershipFields(
  values: PartnershipFormValues,
  organisationName: (id: string) => string | undefined,
  base?: Partnership,
): PartnershipFields {
  const since = values.since.trim();
  return withoutUndefined({
    tags: base?.tags ?? [],
    parties: values.parties.map((party) => {
      const organisationId =
        party.kind === 'organisation' ? optionalText(party.organisationId) : undefined;
      return withoutUndefined({
        kind: party.kind,
        name: organisationId ? (organisationName(organisationId) ?? party.name) : party.name.trim(),
        organisationId,
        country: optionalText(party.country)?.toUpperCase(),
      });
    }),
    since: since === '' ? undefined : /^\d+$/.test(since) ? Number(since) : Number.NaN,
    agreement: optionalText(values.agreement),
    themes: splitList(values.themes),
    status: values.status,
    historyNotes: optionalText(values.historyNotes),
  });
}

/** The form field (`parties.1.name`, `themes`) that shows a validation issue. */
export function formFieldForIssue(issue: PartnershipIssue): string {
  const [head = '', index, leaf] = issue.field.split('.');
  if (head === 'parties' && index !== undefined && leaf !== undefined) {
    return `parties.${index}.${leaf === 'kind' ? 'kind' : leaf}`;
  }
  return head;
}
