import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_PARTY_KINDS } from '../../../shared/domain/partnership';
import { SelectControl } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import type { FormErrors } from '../../components/form/useFormState';
import type { PartyFormValues } from './partnershipFormModel';

export interface PartyFieldsProps {
  index: number;
  party: PartyFormValues;
  /** Organisations to choose from, sorted: id and name. */
  organisations: readonly (readonly [id: string, name: string])[];
  errors: FormErrors;
  onChange: (party: PartyFormValues, field: keyof PartyFormValues) => void;
  /** Absent when the party may not be removed (a partnership keeps two). */
  onRemove?: () => void;
}

/** One party of a partnership: a city by name, or an organisation from the workspace. */
export function PartyFields({
  index,
  party,
  organisations,
  errors,
  onChange,
  onRemove,
}: PartyFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const at = `parties.${index}`;
  const update = (field: keyof PartyFormValues, value: string) =>
    onChange({ ...party, [field]: value }, field);
  return (
    <fieldset className="party-fields">
      <legend>{t('partnerships.fields.party', { number })}</legend>
      <SelectControl
        name={`${at}.kind`}
        label={t('partnerships.fields.partyKind')}
        value={party.kind}
        options={PARTNERSHIP_PARTY_KINDS.map((kind) => [
          kind,
          t(`partnerships.partyKinds.${kind}`),
        ])}
        onChange={(value) => update('kind', value)}
        error={errors[`${at}.kind`]}
      />
      {party.kind === 'organisation' ? (
        <SelectControl
          name={`${at}.organisationId`}
          label={t('partnerships.fields.partyOrganisation')}
          value={party.organisationId}
          options={[['', t('partnerships.fields.partyOrganisationNone')], ...organisations]}
          onChange={(value) => update('organisationId', value)}
          error={errors[`${at}.organisationId`]}
        />
      ) : (
        <TextControl
          name={`${at}.name`}
          label={t('partnerships.fields.partyName')}
          value={party.name}
          onChange={(value) => update('name', value)}
          error={errors[`${at}.name`]}
        />
      )}
      <TextControl
        name={`${at}.country`}
        label={t('partnerships.fields.partyCountry')}
        hint={t('partnerships.fields.partyCountryHint')}
        value={party.country}
        onChange={(value) => update('country', value)}
        error={errors[`${at}.country`]}
      />
      {onRemove && (
        <button type="button" className="button quiet" onClick={onRemove}>
          {t('partnerships.fields.removeParty', { number })}
        </button>
      )}
    </fieldset>
  );
}
