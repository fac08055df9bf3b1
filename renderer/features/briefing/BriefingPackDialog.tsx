import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useSettings } from '../../services/settings/SettingsProvider';
import { Dialog } from '../../components/Dialog';
import { SelectControl } from '../../components/form/SelectControl';
import {
  BRIEFING_SECTIONS,
  defaultBriefingOptions,
  type BriefingLanguage,
  type BriefingSection,
} from '../../formats/briefing/briefingOptions';
import { BriefingProgress } from './BriefingProgress';
import { useBriefingPack, type BriefingPackEnvironment } from './useBriefingPack';
import './briefing.css';

export interface BriefingPackDialogProps {
  visit: Visit;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with the saved file's path; the dialog then closes. */
  onSaved: (path: string) => void;
  environment?: BriefingPackEnvironment;
}

/** The pack's options, a "Create" button, progress while it builds, and what became of it. */
export function BriefingPackDialog({
  visit,
  open,
  onOpenChange,
  onSaved,
  environment,
}: BriefingPackDialogProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [options, setOptions] = useState(() => defaultBriefingOptions(settings.language));
  const [noSections, setNoSections] = useState(false);
  const { state, create, reset } = useBriefingPack(visit, environment);
  const hintId = useId();
  const working = state.status === 'working';
  const languages = useMemo(
    () => [
      ['en', t('briefing.dialog.languages.en')] as const,
      ['de', t('briefing.dialog.languages.de')] as const,
    ],
    [t],
  );

  const toggleSection = (section: BriefingSection) => {
    setNoSections(false);
    setOptions((current) => ({
      ...current,
      sections: current.sections.includes(section)
        ? current.sections.filter((chosen) => chosen !== section)
        : BRIEFING_SECTIONS.filter((s) => s === section || current.sections.includes(s)),
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (options.sections.length === 0) {
      setNoSections(true);
      return;
    }
    reset();
    await create(options);
  };

  // A saved pack closes the dialog; the button beside it reports the file.
  useEffect(() => {
    if (state.status === 'saved') onSaved(state.path);
  }, [state, onSaved]);

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('briefing.dialog.title')}
      description={t('briefing.dialog.description')}
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="briefing-form">
        <SelectControl
          name="language"
          label={t('briefing.dialog.language')}
          value={options.language}
          options={languages}
          onChange={(value) =>
            setOptions((current) => ({ ...current, language: value as BriefingLanguage }))
          }
        />
        <fieldset className="briefing-sections" aria-invalid={noSections || undefined}>
          <legend>{t('briefing.dialog.sectionsLegend')}</legend>
          {BRIEFING_SECTIONS.map((section) => (
            <label key={section}>
              <input
                type="checkbox"
                checked={options.sections.includes(section)}
                onChange={() => toggleSection(section)}
              />{' '}
              {t(`briefing.pack.sections.${section}`)}
            </label>
          ))}
          {noSections && (
            <p className="field-error" role="alert">
              {t('briefing.dialog.noSections')}
            </p>
          )}
        </fieldset>
        <label className="briefing-choice">
          <input
            type="checkbox"
            checked={options.includeSensitive}
            aria-describedby={hintId}
            onChange={(event) =>
              setOptions((current) => ({ ...current, includeSensitive: event.target.checked }))
            }
          />{' '}
          {t('briefing.dialog.includeSensitive')}
        </label>
        <p id={hintId} className="field-hint">
          {t('briefing.dialog.sensitiveHint')}
        </p>
        <label className="briefing-choice">
          <input
            type="checkbox"
            checked={options.addendum}
            onChange={(event) =>
              setOptions((current) => ({ ...current, addendum: event.target.checked }))
            }
          />{' '}
          {t('briefing.dialog.addendum')}
        </label>
        <BriefingProgress state={state} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            {t('briefing.dialog.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={working}>
            {t('briefing.dialog.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
