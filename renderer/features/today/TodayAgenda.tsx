import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { useFormat } from '../../format/useFormat';

export interface TodayAgendaProps {
  items: AgendaItem[];
}

/** Today's items in the venue's time, with the home time beside it where the clocks differ. */
export function TodayAgenda({ items }: TodayAgendaProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p className="empty-state">{t('today.noAgenda')}</p>;
  return (
    <ol className="today-agenda" aria-label={t('today.agenda')}>
      {items.map((item) => {
        const home = format.homeTime(item.start, item.timeZone);
        return (
          <li key={item.id}>
            <span className="today-time">
              {format.time(item.start)}–{format.time(item.end)}{' '}
              <span className="muted">{format.zoneLabel(item.timeZone)}</span>
              {home && <span className="home-time"> ({home})</span>}
            </span>
            <Link href={`~/visits/${item.visitId}`}>{item.title}</Link>
            {item.venueName && <span className="muted"> · {item.venueName}</span>}
          </li>
        );
      })}
    </ol>
  );
}
