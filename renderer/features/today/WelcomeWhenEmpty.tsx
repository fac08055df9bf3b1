import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../data/useLiveQuery';
import { LoadSampleButton } from '../sample';

/**
 * For a workspace with no visits and no contacts yet: what Liaison is for,
 * and one click to see it alive with the Birmingham–Leipzig sample.
 */
export function WelcomeWhenEmpty() {
  const { t } = useTranslation();
  const visits = useLiveQuery('visits', { limit: 1 });
  const contacts = useLiveQuery('contacts', { limit: 1 });
  if (visits.loading || contacts.loading) return null;
  if (visits.documents.length > 0 || contacts.documents.length > 0) return null;
  return (
    <section className="welcome" aria-label={t('today.welcomeTitle')}>
      <p>{t('today.welcome')}</p>
      <LoadSampleButton />
    </section>
  );
}
