import { useId } from 'react';
import {
  contrasts,
  lineSpacings,
  textSizes,
  themes,
  type DisplaySettings,
} from '@shared/domain/display';
import { Dialog } from '../ui/Dialog';
import { changeDisplaySettings, useDisplayStore } from './display-store';
import { displayText, optionLabels } from './display-text';

const choices: ReadonlyArray<{
  key: keyof DisplaySettings;
  legend: string;
  values: readonly string[];
}> = [
  { key: 'textSize', legend: displayText.textSize, values: textSizes },
  { key: 'lineSpacing', legend: displayText.lineSpacing, values: lineSpacings },
  { key: 'contrast', legend: displayText.contrast, values: contrasts },
  { key: 'theme', legend: displayText.theme, values: themes },
];

/** Text size, line spacing, contrast and theme: each choice shows at once and is saved. */
export function DisplaySettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
              <legend className="field__label">{choice.legend}</legend>
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
        </div>
      )}
      <p className="field__hint" role="status">
        {saving ? displayText.saving : saved ? displayText.saved : ''}
      </p>
      {error && (
        <p className="field__hint field__hint--warning" role="alert">
          {error.message}
        </p>
      )}
    </Dialog>
  );
}
