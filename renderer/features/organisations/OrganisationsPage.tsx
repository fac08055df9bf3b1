import { useTranslation } from 'react-i18next';

/** Placeholder until this screen is built. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.organisations')}</h1>
    </section>
  );
}
