import { useEffect } from 'react';

/** Names the window after the screen, so the task bar and screen readers say where you are. */
export function useDocumentTitle(screen: string | null): void {
  useEffect(() => {
    document.title = screen ? `${screen} — Exam Desk` : 'Exam Desk';
  }, [screen]);
}
