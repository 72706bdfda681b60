import { useState } from 'react';
import { DisplaySettingsDialog } from './DisplaySettingsDialog';
import { displayText } from './display-text';

/** Opens the student's display settings, from My exams and from inside the exam. */
export function DisplaySettingsButton({ className = 'button' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {displayText.open}
      </button>
      <DisplaySettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
