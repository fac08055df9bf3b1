import { useTranslation } from 'react-i18next';
import { BRIEFING_STAGES, type BriefingState } from './useBriefingPack';

export interface BriefingProgressProps {
  state: BriefingState;
}

/**
 * The build's progress and outcome. The stage line sits in a live region
 * that is always in the page, so screen readers announce each stage; a
 * failure is an alert with what to do next.
 */
export function BriefingProgress({ state }: BriefingProgressProps) {
  const { t } = useTranslation();
  const step = state.status === 'working' ? BRIEFING_STAGES.indexOf(state.stage) + 1 : 0;
  return (
    <div className="briefing-progress">
      {state.status === 'working' && (
        <progress
          max={BRIEFING_STAGES.length}
          value={step}
          aria-label={t('briefing.dialog.progressLabel')}
        />
      )}
      <p role="status" aria-live="polite">
        {state.status === 'working' && t(`briefing.dialog.stages.${state.stage}`)}
        {state.status === 'cancelled' && t('briefing.dialog.cancelled')}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="briefing-failure">
          {t('briefing.dialog.failed', {
            message: t(`briefing.dialog.errors.${state.code}`, { detail: state.detail }),
          })}
        </p>
      )}
    </div>
  );
}
