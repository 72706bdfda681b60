import type { AnswerValue } from '../domain/questions';

/** The options an answer picked (choice and true/false answers), each once. */
export function picks(answer: AnswerValue | null): string[] {
  if (!answer) return [];
  switch (answer.type) {
    case 'single_choice':
      return [answer.optionId];
    case 'multiple_response':
      return [...new Set(answer.optionIds)];
    case 'true_false':
      return [answer.value ? 'true' : 'false'];
    default:
      return [];
  }
}

/** Whether the student gave an answer at all (an empty text or no option picked is none). */
export function isAnswered(answer: AnswerValue | null): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'single_choice':
    case 'true_false':
    case 'numeric':
      return true;
    case 'multiple_response':
      return answer.optionIds.length > 0;
    case 'short_answer':
    case 'essay':
      return answer.text.trim() !== '';
  }
}
