import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import { DeleteButton } from '../../../components/DeleteButton';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../format/useFormat';
import { patchEntity } from '../../../data/writes';
import type { VisitLookups } from '../useVisitLookups';
import { useAuthor } from '../../../data/author';

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

/**
 * The row's fixed words, looked up once per language for every row: a
 * programme of 40 rows asked i18next some 800 times for the same 25 strings
 * (a sixth of opening the visit).
 */
const labelsByTranslator = new WeakMap<TFunction, ReturnType<typeof rowLabels>>();

function rowLabels(t: TFunction) {
  return {
    venueName: t('visits.agenda.fields.venueName'),
    hostOrganisation: t('visits.agenda.fields.hostOrganisation'),
    chair: t('visits.agenda.fields.chair'),
    attendees: t('visits.agenda.fields.attendees'),
    purpose: t('visits.agenda.fields.purpose'),
    briefingNotes: t('visits.agenda.fields.briefingNotes'),
    dressCode: t('visits.agenda.fields.dressCode'),
    transport: t('visits.agenda.fields.transport'),
    edit: t('visits.agenda.edit'),
    move: t('visits.agenda.move'),
    reinstate: t('visits.agenda.reinstate'),
    cancelItem: t('visits.agenda.cancelItem'),
    delete: t('visits.agenda.delete'),
    deleteMessage: t('visits.agenda.deleteMessage'),
    kind: (kind: AgendaItem['kind']): string => t(`visits.agenda.kinds.${kind}`),
    status: (status: AgendaItem['status']): string => t(`visits.agenda.statuses.${status}`),
  };
}

function labelsFor(t: TFunction) {
  let labels = labelsByTranslator.get(t);
  if (!labels) {
    const kinds = new Map<string, string>();
    const statuses = new Map<string, string>();
    const looked = rowLabels(t);
    labels = {
      ...looked,
      kind: (kind) => kinds.get(kind) ?? kinds.set(kind, looked.kind(kind)).get(kind)!,
      status: (status) =>
        statuses.get(status) ?? statuses.set(status, looked.status(status)).get(status)!,
    };
    labelsByTranslator.set(t, labels);
  }
  return labels;
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
  const labels = labelsFor(t);
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
          {labels.kind(item.kind)} ·{' '}
          <span className={`agenda-status status-${item.status}`}>
            {labels.status(item.status)}
          </span>
        </p>
        <DetailList
          rows={[
            [labels.venueName, [item.venueName, item.venueAddress].filter(Boolean).join(', ')],
            [
              labels.hostOrganisation,
              item.hostOrganisationId && lookups.organisationName(item.hostOrganisationId),
            ],
            [labels.chair, item.chairContactId && lookups.contactName(item.chairContactId)],
            [labels.attendees, item.attendeeIds.map((id) => lookups.contactName(id)).join(', ')],
            [labels.purpose, item.purpose],
            [labels.briefingNotes, item.briefingNotes],
            [labels.dressCode, item.dressCode],
            [labels.transport, item.transport],
          ]}
        />
        <div className="agenda-actions">
          <button type="button" className="button" onClick={onEdit}>
            {labels.edit}
            {hidden}
          </button>
          <button type="button" className="button" onClick={onMove}>
            {labels.move}
            {hidden}
          </button>
          {cancelled ? (
            <button type="button" className="button" onClick={() => void setStatus('planned')}>
              {labels.reinstate}
              {hidden}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void setStatus('cancelled')}>
              {labels.cancelItem}
              {hidden}
            </button>
          )}
          <DeleteButton
            label={labels.delete}
            confirmTitle={() => t('visits.agenda.deleteTitle', { title: item.title })}
            confirmMessage={labels.deleteMessage}
            deletedMessage={() => t('visits.agenda.deleted', { title: item.title })}
            collect={() => [item as unknown as RxDocument<object>]}
          />
        </div>
      </div>
    </li>
  );
}
