import { create } from 'zustand';

/**
 * Why the browser preview refuses this page, if it does: the link had no token
 * (`missing`), or one the running preview does not know, e.g. from before it
 * was restarted (`refused`). Set by the HTTP bridge; the Electron window never sets it.
 */
export type PreviewLinkProblem = 'missing' | 'refused';

interface PreviewAccess {
  problem: PreviewLinkProblem | null;
}

export const usePreviewAccess = create<PreviewAccess>()(() => ({ problem: null }));

export function reportPreviewLinkProblem(problem: PreviewLinkProblem): void {
  usePreviewAccess.setState({ problem });
}
