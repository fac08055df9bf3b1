import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';

export interface VisitOverviewProps {
  visit: Visit;
}

/** The briefing text of a visit; line breaks are kept, as people write one point per line. */
export function VisitOverview({ visit }: VisitOverviewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows: [string, string | undefined][] = [
    [t('visits.fields.objectives'), visit.objectives],
    [t('visits.fields.keyMessages'), visit.keyMessages],
    [t('visits.fields.linesToTake'), visit.linesToTake],
    [t('visits.fields.travel'), visit.logistics?.travel],
    [t('visits.fields.hotel'), visit.logistics?.hotel],
    [t('visits.fields.transport'), visit.logistics?.transport],
    [t('visits.fields.risks'), visit.risks],
  ];
  const filled = rows.filter(([, value]) => value);
  if (filled.length === 0) return null;
  return (
    <section className="visit-overview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('visits.detail.overview')}</h2>
      <dl className="detail-list overview-list">
        {filled.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="multiline">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
