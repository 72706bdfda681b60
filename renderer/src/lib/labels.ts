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

export const difficultyLabels: Record<Difficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

export const difficultyTones: Record<Difficulty, BadgeTone> = {
  easy: 'success',
  medium: 'info',
  hard: 'warning',
};

export const testStatusLabels: Record<TestStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  closed: 'Closed',
  archived: 'Archived',
};

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
