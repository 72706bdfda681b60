import { useId } from 'react';
import {
  contrasts,
  lineSpacings,
  textSizes,
  themes,
  type VisualSetting,
} from '@shared/domain/display';
import { localeNames, uiLocales } from '@shared/i18n/locales';
import { useIntl } from '../i18n/use-intl';
import { useLocaleStore } from '../i18n/locale-store';
import { Dialog } from '../ui/Dialog';
import { changeDisplaySettings, useDisplayStore } from './display-store';
import { displayText, optionLabels } from './display-text';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const choices: ReadonlyArray<{
  key: VisualSetting;
  legend: () => string;
  values: readonly string[];
}> = [
  { key: 'textSize', legend: () => displayText.textSize, values: textSizes },
  { key: 'lineSpacing', legend: () => displayText.lineSpacing, values: lineSpacings },
  { key: 'contrast', legend: () => displayText.contrast, values: contrasts },
  { key: 'theme', legend: () => displayText.theme, values: themes },
];

/**
 * Text size, line spacing, contrast, theme and language: each choice shows at
 * once and is saved.
 */
export function DisplaySettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const intl = useIntl();
  const organisationLocale = useLocaleStore((s) => s.organisation) ?? 'en';
  const settings = useDisplayStore((s) => s.settings);
  const saving = useDisplayStore((s) => s.saving);
  const saved = useDisplayStore((s) => s.saved);
  const error = useDisplayStore((s) => s.error);
  const id = useId();
  return (
    <Dialog
      title={displayText.title}
      open={open}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {displayText.done}
        </button>
      }
    >
      <p className="muted">{displayText.lede}</p>
      {settings && (
        <div className="display-settings">
          {choices.map((choice) => (
            <fieldset key={choice.key} className="display-settings__group">
              <legend className="field__label">{choice.legend()}</legend>
              {choice.values.map((value) => (
                <label key={value} className="checkbox">
                  <input
                    type="radio"
                    name={`${id}-${choice.key}`}
                    value={value}
                    checked={settings[choice.key] === value}
                    onChange={() => void changeDisplaySettings({ [choice.key]: value })}
                  />
                  {(optionLabels[choice.key] as Record<string, string>)[value]}
                </label>
              ))}
            </fieldset>
          ))}
          <fieldset className="display-settings__group">
            <legend className="field__label">{displayText.language}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name={`${id}-language`}
                value=""
                checked={settings.language === undefined || settings.language === null}
                onChange={() => void changeDisplaySettings({ language: null })}
              />
              {intl.formatMessage(messages.organisationLanguage, {
                language: localeNames[organisationLocale],
              })}
            </label>
            {uiLocales.map((locale) => (
              <label key={locale} className="checkbox">
                <input
                  type="radio"
                  name={`${id}-language`}
                  value={locale}
                  checked={settings.language === locale}
                  onChange={() => void changeDisplaySettings({ language: locale })}
                />
                {/* Each language in its own name and script, marked so it is read aloud in it. */}
                <span lang={locale}>{localeNames[locale]}</span>
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <p className="field__hint" role="status">
        {saving ? displayText.saving : saved ? displayText.saved : ''}
      </p>
      {error && (
        <p className="field__hint field__hint--warning" role="alert">
          {shownError(error)}
        </p>
      )}
    </Dialog>
  );
}
