import { useTranslation } from 'react-i18next';
import { useLocalUpload, type UploadState } from '../../../replication/LocalUploadProvider';

/** How the upload of the local workspace into this workspace went. */
export function UploadProgress({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { upload, retry, dismiss } = useLocalUpload();
  const mine = upload?.workspaceId === workspaceId ? upload : null;

  const progress = (state: UploadState): string => {
    switch (state.step) {
      case 'waiting':
      case 'writing':
        return t('signIn.upload.waiting', { count: state.total, workspace: state.workspaceName });
      case 'done':
        return t('signIn.upload.done', {
          workspace: state.workspaceName,
          inserted: state.counts.inserted,
          alreadyThere: state.counts.alreadyThere,
        });
      default:
        return '';
    }
  };

  return (
    <div className="upload-progress">
      <p role="status">{mine ? progress(mine) : ''}</p>
      {mine?.step === 'done' && (
        <button type="button" className="button" onClick={dismiss}>
          {t('signIn.upload.dismiss')}
        </button>
      )}
      {mine?.step === 'failed' && (
        <div role="alert" className="form-error">
          <p>
            {t('signIn.upload.failed', {
              workspace: mine.workspaceName,
              failed: mine.counts?.failed ?? mine.total,
              total: mine.total,
              message: mine.message ?? '',
            })}
          </p>
          <button type="button" className="button" onClick={retry}>
            {t('signIn.upload.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
