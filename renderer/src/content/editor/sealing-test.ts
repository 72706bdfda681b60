import { createContext } from 'react';

/**
 * The sealed test whose key seals the content being edited, or null. A rich
 * field inside it uploads its images and audio as that test's sealed copy
 * (`media.upload` with `sealedTestId`), so a sealed paper's file is never
 * stored in clear, not even until the question is saved.
 */
export const SealingTest = createContext<string | null>(null);
