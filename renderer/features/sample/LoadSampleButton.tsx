import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/text/errorMessage';
import { loadSampleWorkspace, type SampleCounts } from '../../data/loadSampleWorkspace';
import { useDatabase } from '../../data/useLiveQuery';
import { useClock } from '../../services/clock';
import { useSignedInUserId } from '../../replication/SessionProvider';

type LoadState =
  | { step: 'idle' }
  | { step: 'loading' }
  | { step: 'loaded'; counts: SampleCounts }
  | { step: 'failed'; message: string };

/**
 * Loads the Birmingham–Leipzig sample into the open workspace. Progress and
 * success go to a polite live region that is always in the page (so screen
 * readers announce changes to it); a failure is an alert.
 */
export function LoadSampleButton() {
  const { t } = useTranslation();
  const database = useDatabase();
  const now = useClock();
  const signedIn = useSignedInUserId();
  const [state, setState] = useState<LoadState>({ step: 'idle' });
  const hintId = useId();

  const load = async () => {
    setState({ step: 'loading' });
    try {
      const counts = await loadSampleWorkspace(database, now().toISOString(), signedIn);
      setState({ step: 'loaded', counts });
    } catch (error) {
      setState({
        step: 'failed',
        message: errorMessage(error),
      });
    }
  };

  return (
    <div className="load-sample">
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        disabled={state.step === 'loading'}
        onClick={() => void load()}
      >
        {t('sample.load')}
      </button>
      <p id={hintId} className="hint">
        {t('sample.hint')}
      </p>
      <p role="status">
        {state.step === 'loading' && t('sample.loading')}
        {state.step === 'loaded' && t('sample.loaded', state.counts)}
      </p>
      {state.step === 'failed' && (
        <p role="alert" className="form-error">
          {t('sample.failed', { message: state.message })}
        </p>
      )}
    </div>
  );
}
