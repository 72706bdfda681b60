import type { AttemptStatus } from '@shared/domain/attempts';
import type { Difficulty } from '@shared/domain/questions';
import type { Role } from '@shared/domain/roles';
import type { TestStatus } from '@shared/domain/tests';
import { translatedLabels } from '../i18n/translated-labels';
import type { BadgeTone } from '../ui/Badge';
import { messages } from './messages';

export const roleLabels: Readonly<Record<Role, string>> = translatedLabels({
  admin: messages.roleAdmin,
  author: messages.roleAuthor,
  proctor: messages.roleProctor,
  student: messages.roleStudent,
});

export const difficultyLabels: Readonly<Record<Difficulty, string>> = translatedLabels({
  easy: messages.difficultyEasy,
  medium: messages.difficultyMedium,
  hard: messages.difficultyHard,
});

export const difficultyTones: Record<Difficulty, BadgeTone> = {
  easy: 'success',
  medium: 'info',
  hard: 'warning',
};

export const testStatusLabels: Readonly<Record<TestStatus, string>> = translatedLabels({
  draft: messages.testDraft,
  published: messages.testPublished,
  closed: messages.testClosed,
  archived: messages.testArchived,
});

export const testStatusTones: Record<TestStatus, BadgeTone> = {
  draft: 'neutral',
  published: 'success',
  closed: 'warning',
  archived: 'neutral',
};

export const attemptStatusLabels: Readonly<Record<AttemptStatus, string>> = translatedLabels({
  in_progress: messages.attemptInProgress,
  submitted: messages.attemptSubmitted,
  needs_grading: messages.attemptNeedsGrading,
  graded: messages.attemptGraded,
});
