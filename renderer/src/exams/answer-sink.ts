import { createContext } from 'react';
import { answer } from './exam-store';

/**
 * Where an answer goes: the exam store (saved at once) in an exam; a local
 * state in the author's "preview as student", so the preview is this very view.
 */
export const AnswerSink = createContext<typeof answer>(answer);
