import { useTranslation } from 'react-i18next';

/** Placeholder until this screen is built. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.followUps')}</h1>
    </section>
  );
}
