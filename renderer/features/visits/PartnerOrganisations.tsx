import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { Link } from 'wouter';
import type { Visit } from '../../../shared/domain/visit';
import { LOCAL_AUTHOR } from '../../data/writes';
import { patchEntity } from './patchEntity';
import type { VisitLookups } from './useVisitLookups';

export interface PartnerOrganisationsProps {
  document: RxDocument<Visit>;
  lookups: VisitLookups;
}

/** The organisations the visit is run with; add and remove them here. */
export function PartnerOrganisations({ document, lookups }: PartnerOrganisationsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [organisationId, setOrganisationId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const partners = document.partnerOrganisationIds;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) {
      setProblem(t('visits.issues.required'));
      return;
    }
    if (partners.includes(organisationId)) {
      setProblem(t('visits.issues.duplicate'));
      return;
    }
    setProblem(null);
    await patchEntity(
      document,
      (current) => ({
        partnerOrganisationIds: [...current.partnerOrganisationIds, organisationId],
      }),
      LOCAL_AUTHOR,
    );
    setOrganisationId('');
  };

  const remove = (removed: string) =>
    patchEntity(
      document,
      (current) => ({
        partnerOrganisationIds: current.partnerOrganisationIds.filter((other) => other !== removed),
      }),
      LOCAL_AUTHOR,
    );

  return (
    <section className="visit-partners" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('visits.detail.partners')}</h2>
      {partners.length === 0 ? (
        <p className="empty-state">{t('visits.detail.partnersEmpty')}</p>
      ) : (
        <ul className="chip-list" aria-labelledby={`${id}-heading`}>
          {partners.map((partner) => {
            const name = lookups.organisationName(partner);
            return (
              <li key={partner}>
                <Link href={`~/organisations/${partner}`}>{name}</Link>
                <button type="button" className="button quiet" onClick={() => void remove(partner)}>
                  {t('visits.detail.removePartner')} <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => void add(event)}
        aria-label={t('visits.detail.addPartner')}
      >
        <div className="field">
          <label htmlFor={`${id}-organisation`}>{t('visits.detail.organisation')}</label>
          <select
            id={`${id}-organisation`}
            value={organisationId}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setOrganisationId(event.target.value);
              setProblem(null);
            }}
          >
            <option value="">{t('visits.detail.choose')}</option>
            {lookups.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('visits.detail.addPartner')}
        </button>
        {problem && (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
