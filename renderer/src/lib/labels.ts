import type { AttemptStatus } from '@shared/domain/attempts';
import type { Difficulty } from '@shared/domain/questions';
import type { Role } from '@shared/domain/roles';
import type { TestStatus } from '@shared/domain/tests';
import type { BadgeTone } from '../ui/Badge';

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  author: 'Author',
  proctor: 'Proctor',
  student: 'Student',
};

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

export const attemptStatusLabels: Record<AttemptStatus, string> = {
  in_progress: 'In progress',
  submitted: 'Submitted',
  needs_grading: 'Needs grading',
  graded: 'Graded',
};
