import { plainTextOf } from '@shared/content/plain-text';
import { useIntl } from '../i18n/use-intl';
import { ItemListEditor } from './ItemListEditor';
import { messages } from './messages';
import type { Problems } from './editor-fields';
import type { QuestionDraft } from './question-draft';

interface Props {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  problems: Problems;
}

/**
 * A matching question: the premises, each with its right response chosen
 * from the responses; responses no premise takes are distractors. Each
 * right pair earns its share of the marks.
 */
export function MatchingEditor({ draft, set, problems }: Props) {
  const intl = useIntl();
  const responseName = (id: string) => {
    const i = draft.responses.findIndex((r) => r.id === id);
    const text = plainTextOf(draft.format, draft.responses[i]?.text ?? '').trim();
    return intl.formatMessage(messages.responseName, {
      n: i + 1,
      text: text === '' ? intl.formatMessage(messages.empty) : text,
    });
  };
  return (
    <div className="editor__parts">
      <ItemListEditor
        format={draft.format}
        legend={intl.formatMessage(messages.responsesLegend)}
        noun="response"
        idPrefix="q-response"
        idLetter="r"
        items={draft.responses}
        min={2}
        onChange={(responses) => set({ responses })}
        error={problems.under('responses')}
      />
      <ItemListEditor
        format={draft.format}
        legend={intl.formatMessage(messages.premisesLegend)}
        noun="premise"
        idPrefix="q-premise"
        idLetter="p"
        items={draft.premises}
        min={1}
        onChange={(premises) => set({ premises })}
        error={problems.under('premises') ?? problems.under('key.pairs')}
        extra={(premise, i) => (
          <select
            className="select matching-editor__pair"
            aria-label={intl.formatMessage(messages.matchingFor, { n: i + 1 })}
            value={draft.pairs[premise.id] ?? ''}
            onChange={(e) => set({ pairs: { ...draft.pairs, [premise.id]: e.target.value } })}
          >
            <option value="">{intl.formatMessage(messages.chooseResponse)}</option>
            {draft.responses.map((r) => (
              <option key={r.id} value={r.id}>
                {responseName(r.id)}
              </option>
            ))}
          </select>
        )}
      />
    </div>
  );
}
