import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../shared/sync/protocol';
import { FormField } from '../../../components/form/FormField';
import { TextControl } from '../../../components/form/TextControl';
import { ServerClient } from '../../../replication/serverClient';
import { SignInFailureMessage } from './SignInFailureMessage';
import {
  checkSignIn,
  describeSignInFailure,
  type SignInFailure,
  type SignInFieldErrors,
  type SignInValues,
} from './signInModel';

export interface SignInFormProps {
  /** Prefilled values, e.g. the server and email of a session that ended. */
  initial?: Partial<SignInValues>;
  submitLabel: string;
  /**
   * Called with the server's answer and the normalised address. A rejection
   * (the session could not be stored, no access) shows as the form's error.
   */
  onSignedIn(response: SessionResponse, serverUrl: string): Promise<void> | void;
}

/** Server address, email and password; signs in and reports failures in plain words. */
export function SignInForm({ initial, submitLabel, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SignInValues>({
    serverUrl: initial?.serverUrl ?? '',
    email: initial?.email ?? '',
    password: '',
  });
  const [errors, setErrors] = useState<SignInFieldErrors>({});
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof SignInValues) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkSignIn(values);
    setFailure(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const client = new ServerClient({ serverUrl: checked.serverUrl });
      const response = await client.login(checked.email, checked.password);
      await onSignedIn(response, client.serverUrl);
      setValues((current) => ({ ...current, password: '' }));
    } catch (error) {
      setFailure(describeSignInFailure(error, checked.serverUrl));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: keyof SignInValues) => {
    const issue = errors[field];
    return issue ? t(`signIn.fields.${issue}`) : undefined;
  };

  return (
    <form className="sign-in-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextControl
        name="serverUrl"
        type="url"
        label={t('signIn.serverUrl')}
        hint={t('signIn.serverUrlHint')}
        value={values.serverUrl}
        onChange={change('serverUrl')}
        error={fieldError('serverUrl')}
      />
      <TextControl
        name="email"
        type="email"
        label={t('signIn.email')}
        value={values.email}
        onChange={change('email')}
        error={fieldError('email')}
      />
      <PasswordControl
        label={t('signIn.password')}
        value={values.password}
        onChange={change('password')}
        error={fieldError('password')}
      />
      {failure && <SignInFailureMessage failure={failure} />}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        <p role="status" className="hint">
          {busy ? t('signIn.signingIn') : ''}
        </p>
      </div>
    </form>
  );
}

/** A password input with its label and message (TextControl offers no password type). */
function PasswordControl({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <FormField id={id} label={label} error={error}>
      {(aria) => (
        <input
          {...aria}
          type="password"
          name="password"
          autoComplete="current-password"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
