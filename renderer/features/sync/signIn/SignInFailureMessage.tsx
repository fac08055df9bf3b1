import { useTranslation } from 'react-i18next';
import type { SignInFailure } from './signInModel';

/** Why signing in (or switching) failed, as an alert. */
export function SignInFailureMessage({ failure }: { failure: SignInFailure }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="form-error">
      {t(`signIn.errors.${failure.key}`, failure.values)}
    </p>
  );
}
