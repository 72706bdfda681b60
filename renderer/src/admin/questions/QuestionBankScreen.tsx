import { QuestionBankPanel } from './QuestionBankPanel';

export function QuestionBankScreen() {
  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>Question bank</h1>
          <p className="page__lede">
            Every question your organisation has written, with its marks and tags.
          </p>
        </div>
      </div>
      <QuestionBankPanel title="All questions" pageSize={25} advanced />
    </div>
  );
}
