import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { DeleteButton } from '../../components/DeleteButton';
import { DetailList } from '../../components/DetailList';
import { useFormat } from '../../format/useFormat';
import { patchEntity } from '../../data/writes';
import type { VisitLookups } from './useVisitLookups';
import { useAuthor } from '../../sync/useAuthor';

export interface AgendaItemRowProps {
  item: RxDocument<AgendaItem>;
  /** The visit's zone; an item elsewhere names its own zone beside its times. */
  venueTimeZone: string;
  /** Whether a clash warning names this item (it is then highlighted). */
  clashing: boolean;
  lookups: VisitLookups;
  onEdit: () => void;
  onMove: () => void;
}

/** One programme slot: venue time (and home time), what, where, who, and its actions. */
export function AgendaItemRow({
  item,
  venueTimeZone,
  clashing,
  lookups,
  onEdit,
  onMove,
}: AgendaItemRowProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const format = useFormat();
  const cancelled = item.status === 'cancelled';
  const sameDay = item.start.slice(0, 10) === item.end.slice(0, 10);
  const end = sameDay
    ? format.time(item.end)
    : `${format.date(item.end.slice(0, 10))} ${format.time(item.end)}`;
  const homeStart = format.homeTime(item.start, item.timeZone);
  const homeEnd = format.homeTime(item.end, item.timeZone);
  const titleId = `agenda-item-${item.id}`;
  // The item's title completes each action's name ("Move Aston University") for screen readers.
  const hidden = (
    <>
      {' '}
      <span className="visually-hidden">{item.title}</span>
    </>
  );

  const setStatus = (status: AgendaItem['status']) => patchEntity(item, () => ({ status }), author);

  const classes = ['agenda-item', cancelled && 'cancelled', clashing && 'clashing'];
  return (
    <li className={classes.filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <p className="agenda-time">
        <span>
          {format.time(item.start)}–{end}
        </span>
        {item.timeZone !== venueTimeZone && (
          <span className="agenda-zone"> {format.zoneLabel(item.timeZone)}</span>
        )}
        {homeStart && (
          <span className="home-time">
            {t('visits.agenda.homeTime', {
              time: homeEnd ? `${homeStart} – ${homeEnd}` : homeStart,
            })}
          </span>
        )}
      </p>
      <div className="agenda-body">
        <h4 id={titleId} className="agenda-title">
          {item.title}
        </h4>
        <p className="agenda-meta">
          {t(`visits.agenda.kinds.${item.kind}`)} ·{' '}
          <span className={`agenda-status status-${item.status}`}>
            {t(`visits.agenda.statuses.${item.status}`)}
          </span>
        </p>
        <DetailList
          rows={[
            [
              t('visits.agenda.fields.venueName'),
              [item.venueName, item.venueAddress].filter(Boolean).join(', '),
            ],
            [
              t('visits.agenda.fields.hostOrganisation'),
              item.hostOrganisationId && lookups.organisationName(item.hostOrganisationId),
            ],
            [
              t('visits.agenda.fields.chair'),
              item.chairContactId && lookups.contactName(item.chairContactId),
            ],
            [
              t('visits.agenda.fields.attendees'),
              item.attendeeIds.map((id) => lookups.contactName(id)).join(', '),
            ],
            [t('visits.agenda.fields.purpose'), item.purpose],
            [t('visits.agenda.fields.briefingNotes'), item.briefingNotes],
            [t('visits.agenda.fields.dressCode'), item.dressCode],
            [t('visits.agenda.fields.transport'), item.transport],
          ]}
        />
        <div className="agenda-actions">
          <button type="button" className="button" onClick={onEdit}>
            {t('visits.agenda.edit')}
            {hidden}
          </button>
          <button type="button" className="button" onClick={onMove}>
            {t('visits.agenda.move')}
            {hidden}
          </button>
          {cancelled ? (
            <button type="button" className="button" onClick={() => void setStatus('planned')}>
              {t('visits.agenda.reinstate')}
              {hidden}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void setStatus('cancelled')}>
              {t('visits.agenda.cancelItem')}
              {hidden}
            </button>
          )}
          <DeleteButton
            label={t('visits.agenda.delete')}
            confirmTitle={t('visits.agenda.deleteTitle', { title: item.title })}
            confirmMessage={t('visits.agenda.deleteMessage')}
            deletedMessage={t('visits.agenda.deleted', { title: item.title })}
            collect={() => [item as unknown as RxDocument<object>]}
          />
        </div>
      </div>
    </li>
  );
}
