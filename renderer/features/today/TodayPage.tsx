import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  agendaForToday,
  followUpsDueSoon,
  todayWindowUtc,
  visitsForToday,
} from '../../../shared/domain/today';
import type { Visit } from '../../../shared/domain/visit';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { useClock } from '../../services/clock';
import { useSettings } from '../../services/settings/SettingsProvider';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useFormat } from '../../format/useFormat';
import { TodayAgenda } from './TodayAgenda';
import { WelcomeWhenEmpty } from './WelcomeWhenEmpty';
import './today.css';

/** What matters now: visits under way and coming up, today's programme, follow-ups due. */
export function TodayPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const clock = useClock();
  const { settings } = useSettings();
  // Read once as the screen opens (like useToday): a "now" read on each render
  // would change the agenda query on each render and resubscribe without end.
  const [nowIso] = useState(() => clock().toISOString());
  const today = isoDateOf(nowIso, settings.homeTimeZone);
  const window = todayWindowUtc(nowIso);

  const visits = useLiveQuery('visits', { selector: { endDate: { $gte: today } } });
  const items = useLiveQuery('agendaItems', {
    selector: { startUtc: { $gte: window.from, $lte: window.to } },
    sort: [{ startUtc: 'asc' }],
  });
  const followUps = useLiveQuery('followUps', {
    selector: { status: { $in: ['open', 'in-progress'] } },
  });

  // The queries keep these lists small (visits not yet over, items within a
  // day and a half, open follow-ups), so deriving them on each render is cheap.
  const { underWay, upcoming } = visitsForToday(
    visits.documents.map((document) => document.toJSON() as Visit),
    today,
  );
  const agenda = agendaForToday(
    items.documents.map((document) => document.toMutableJSON()),
    nowIso,
  );
  const due = followUpsDueSoon(
    followUps.documents.map((document) => document.toMutableJSON()),
    today,
  );

  const visitList = (list: Visit[], empty: string) =>
    list.length === 0 ? (
      <p className="empty-state">{empty}</p>
    ) : (
      <ul className="today-list">
        {list.map((visit) => (
          <li key={visit.id}>
            <Link href={`~/visits/${visit.id}`}>{visit.title}</Link>
            <span className="muted">
              {' '}
              {format.dateRange(visit.startDate, visit.endDate)}
              {visit.destinationCity && ` · ${visit.destinationCity}`}
            </span>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="page today-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('today.title')}</h1>
      <p className="muted">{t('today.date', { date: format.longDate(today) })}</p>
      <WelcomeWhenEmpty />
      <div className="today-grid">
        <section aria-labelledby="today-under-way" className="today-card">
          <h2 id="today-under-way">{t('today.underWay')}</h2>
          {visitList(underWay, t('today.noneUnderWay'))}
          <h2 id="today-upcoming">{t('today.upcoming')}</h2>
          {visitList(upcoming, t('today.noneUpcoming'))}
        </section>
        <section aria-labelledby="today-agenda" className="today-card">
          <h2 id="today-agenda">{t('today.agenda')}</h2>
          <TodayAgenda items={agenda} />
        </section>
        <section aria-labelledby="today-follow-ups" className="today-card">
          <h2 id="today-follow-ups">{t('today.followUps')}</h2>
          {due.length === 0 ? (
            <p className="empty-state">{t('today.noFollowUps')}</p>
          ) : (
            <ul className="today-list">
              {due.map((followUp) => (
                <li key={followUp.id} className={followUp.overdue ? 'overdue' : undefined}>
                  <Link href={`~/follow-ups/${followUp.id}`}>{followUp.title}</Link>{' '}
                  <span className="muted">
                    {followUp.overdue && <strong>{t('today.overdue')} · </strong>}
                    {t('today.due', { date: format.date(followUp.dueDate) })} · {followUp.owner}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
