import type { ExportFile } from '@shared/domain/imports';
import type { ExportLostPart } from '@shared/interchange/types';
import { useIntl } from '../i18n/use-intl';
import { Banner } from '../ui/Banner';
import { messages } from './messages';

const lostPartMessages: Record<ExportLostPart, (typeof messages)[keyof typeof messages]> = {
  gap_feedback: messages.lostGapFeedback,
  correct_feedback: messages.lostCorrectFeedback,
  partial_feedback: messages.lostPartialFeedback,
  incorrect_feedback: messages.lostIncorrectFeedback,
};

/**
 * The questions an export wrote without parts its format has no place for
 * (GIFT and outcome feedback), each named by its text, with what was left out.
 */
export function ExportWarnings({
  warnings,
  formatName,
}: {
  warnings: ExportFile['warnings'];
  formatName: string;
}) {
  const intl = useIntl();
  if (warnings.length === 0) return null;
  return (
    <Banner
      tone="warning"
      role="status"
      title={intl.formatMessage(messages.exportedWithout, {
        count: warnings.length,
        format: formatName,
      })}
    >
      <ul>
        {warnings.map((w) => (
          <li key={w.questionId}>
            {intl.formatMessage(messages.exportedWithoutItem, {
              question: w.excerpt,
              parts: intl.formatList(
                w.lost.map((part) => intl.formatMessage(lostPartMessages[part])),
                { type: 'conjunction' },
              ),
            })}
          </li>
        ))}
      </ul>
    </Banner>
  );
}
