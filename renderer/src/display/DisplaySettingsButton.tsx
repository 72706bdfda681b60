import { useState } from 'react';
import { useIntl } from '../i18n/use-intl';
import { DisplaySettingsDialog } from './DisplaySettingsDialog';
import { messages } from './messages';

/** Opens the student's display settings, from My exams and from inside the exam. */
export function DisplaySettingsButton({ className = 'button' }: { className?: string }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {intl.formatMessage(messages.open)}
      </button>
      <DisplaySettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
