import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import { DemoBanner } from '../app/DemoBanner';
import type { ApiErrorBody } from '@shared/api/result';
import type { SessionInfo } from '@shared/domain/organisation';
import { call, isDesktop, onEvent } from '../api/client';
import { plural } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { hrefFor } from '../app/route-store';
import { Banner } from '../ui/Banner';
import { Dialog } from '../ui/Dialog';
import { ErrorState, LoadingState } from '../ui/States';
import { ExamTimer } from './ExamTimer';
import {
  endExam,
  flushAll,
  goTo,
  isAnswered,
  loadExam,
  openReview,
  remainingNow,
  toggleFlag,
  updateClock,
  useExamStore,
} from './exam-store';
import { QuestionPalette } from './QuestionPalette';
import { QuestionView } from './QuestionView';
import { QuitDialog } from './QuitDialog';
import { ReviewScreen } from './ReviewScreen';
import { SaveIndicator } from './SaveIndicator';
import { SaveAnnouncer } from './SaveAnnouncer';
import { examText } from './exam-text';
import { StudentSyncNotice } from '../sync/StudentSyncNotice';
import './exam.css';

type Load =
  | { state: 'loading' }
  | { state: 'needs-code'; message: string; error: string | null }
  | { state: 'error'; error: ApiErrorBody }
  | { state: 'ready' };

const showResult = (attemptId: string) => {
  window.location.hash = hrefFor(`result/${attemptId}`);
};

/** The locked exam: one question per screen, the palette, the timer and the save receipt. */
export function ExamScreen({ attemptId }: { session: SessionInfo; attemptId: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const session = useExamStore((s) => s.session);
  useDocumentTitle(session ? session.testName : 'Exam');

  const open = useCallback(
    async (resumeCode?: string) => {
      const result = await call('exams.resume', {
        attemptId,
        ...(resumeCode !== undefined && { resumeCode }),
      });
      if (result.ok) {
        loadExam(result.value);
        setLoad({ state: 'ready' });
        return;
      }
      if (result.error.field === 'resumeCode') {
        setLoad({
          state: 'needs-code',
          message: result.error.message,
          error: resumeCode === undefined ? null : result.error.message,
        });
        return;
      }
      if (result.error.code === 'CONFLICT') {
        showResult(attemptId);
        return;
      }
      setLoad({ state: 'error', error: result.error });
    },
    [attemptId],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- open() sets state only once the API has answered
    void open();
  }, [open]);

  useEffect(() => {
    const offTick = onEvent('clock.tick', (tick) => {
      if (tick.attemptId !== attemptId) return;
      const s = useExamStore.getState();
      if (s.clock)
        updateClock({ ...s.clock, elapsedMs: tick.elapsedMs, remainingMs: tick.remainingMs });
    });
    const offEnded = onEvent('exam.ended', (e) => {
      if (e.attemptId === attemptId)
        endExam({ reason: e.submittedBy === 'timeout' ? 'timeout' : 'ended' });
    });
    const offChanged = onEvent('exam.changed', (e) => {
      if (e.attemptId === attemptId) void open();
    });
    return () => {
      offTick();
      offEnded();
      offChanged();
    };
  }, [attemptId, open]);

  const ended = useExamStore((s) => s.ended);
  useEffect(() => {
    if (ended) showResult(attemptId);
  }, [ended, attemptId]);

  // If the end of time was missed (the event stream dropped), ask main.
  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = remainingNow(useExamStore.getState().clock);
      if (left === 0 && !useExamStore.getState().ended) {
        void call('exams.result', { attemptId }).then((r) => {
          if (r.ok && r.value.status !== 'in_progress') endExam({ reason: 'timeout' });
        });
      }
    }, 2_000);
    return () => window.clearInterval(timer);
  }, [attemptId]);

  // In the browser preview the page itself reports leaving the window; the desktop app's main process does it there.
  useEffect(() => {
    if (isDesktop()) return;
    const report = (kind: 'window_blur' | 'visibility_hidden') =>
      void call('exams.reportIntegrity', { attemptId, kind });
    const onBlur = () => report('window_blur');
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') report('visibility_hidden');
    };
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [attemptId]);

  // Anything typed goes to disk before the page goes away.
  useEffect(() => {
    const flush = () => void flushAll();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  if (load.state === 'loading') {
    return (
      <div className="exam exam--center">
        <LoadingState label="Opening your exam…" />
      </div>
    );
  }
  if (load.state === 'error') {
    return (
      <div className="exam exam--center">
        <ErrorState
          error={load.error}
          onRetry={() => void open()}
          title="The exam could not be opened"
        />
      </div>
    );
  }
  if (load.state === 'needs-code') {
    return (
      <ResumeCodeForm
        message={load.message}
        error={load.error}
        onSubmit={(code) => void open(code)}
      />
    );
  }
  if (!session) return null;
  return <ExamLayout attemptId={attemptId} />;
}

function ExamLayout({ attemptId }: { attemptId: string }) {
  const session = useExamStore((s) => s.session);
  const answers = useExamStore((s) => s.answers);
  const index = useExamStore((s) => s.index);
  const reviewing = useExamStore((s) => s.reviewing);
  const [confirming, setConfirming] = useState(false);
  const [displays, setDisplays] = useState(1);
  useEffect(
    () =>
      onEvent('lockdown.displays', (e) => {
        if (e.attemptId === attemptId) setDisplays(e.count);
      }),
    [attemptId],
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  // A new question (or the review) takes focus at its heading, so a screen reader says which it is
  // and the next Tab reaches its answer.
  const focusHeading = useCallback(() => {
    const heading = mainRef.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, []);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeading();
  }, [index, reviewing, focusHeading]);
  if (!session) return null;
  const question = session.questions[index];
  const state = question ? answers[question.questionId] : undefined;
  const last = index === session.questions.length - 1;
  const unanswered = session.questions.filter(
    (q) => !isAnswered(answers[q.questionId]?.value ?? null),
  ).length;

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    await flushAll();
    const result = await call('exams.submit', { attemptId });
    setSubmitting(false);
    if (result.ok) {
      endExam({ reason: 'submitted' });
      return;
    }
    setSubmitError(result.error.message);
  };

  return (
    <div className="exam">
      <button type="button" className="skip-link" onClick={focusHeading}>
        {examText.skipToQuestion}
      </button>
      <header className="exam__bar">
        <div className="exam__title">
          <h1 className="exam__name">{session.testName}</h1>
          <SaveIndicator />
        </div>
        <ExamTimer />
      </header>
      <SaveAnnouncer />
      <DemoBanner flush />
      <StudentSyncNotice flush />
      {displays > 1 && (
        <Banner tone="warning" role="alert" flush title="More than one display is connected.">
          Disconnect the extra display. Your proctor can see that it was connected.
        </Banner>
      )}
      <div className="exam__body">
        <QuestionPalette
          questions={session.questions}
          answers={answers}
          current={reviewing ? -1 : index}
          canGoBack={session.allowReview}
          onPick={goTo}
        />
        <main className="exam__main" id="main" tabIndex={-1} ref={mainRef}>
          {reviewing ? (
            <ReviewScreen
              session={session}
              answers={answers}
              onSubmit={() => setConfirming(true)}
            />
          ) : question && state ? (
            <>
              <QuestionView
                key={question.questionId}
                question={question}
                state={state}
                total={session.questions.length}
              />
              <div className="exam__nav">
                <button
                  type="button"
                  className="button"
                  onClick={() => goTo(index - 1)}
                  disabled={index === 0 || !session.allowReview}
                >
                  Previous
                </button>
                <button
                  type="button"
                  className={`button${state.flagged ? ' button--flagged' : ''}`}
                  aria-pressed={state.flagged}
                  onClick={() => toggleFlag(question.questionId)}
                >
                  {state.flagged ? 'Flagged for review' : 'Flag for review'}
                </button>
                <span className="toolbar__grow" />
                {last ? (
                  session.allowReview ? (
                    <button type="button" className="button button--primary" onClick={openReview}>
                      Review answers
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => setConfirming(true)}
                    >
                      Submit exam
                    </button>
                  )
                ) : (
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => goTo(index + 1)}
                  >
                    Next
                  </button>
                )}
              </div>
              {!last && session.allowReview && (
                <p className="exam__aside">
                  <button type="button" className="link-button" onClick={openReview}>
                    Review and submit
                  </button>
                </p>
              )}
            </>
          ) : null}
        </main>
      </div>
      <Dialog
        title="Submit your exam?"
        open={confirming}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => setConfirming(false)}
              disabled={submitting}
            >
              Keep working
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void submit()}
              disabled={submitting}
            >
              {submitting ? 'Submitting…' : 'Submit now'}
            </button>
          </>
        }
      >
        <p>
          {unanswered === 0
            ? 'You have answered every question.'
            : `${plural(unanswered, 'question is', 'questions are')} not answered.`}{' '}
          After you submit you cannot change your answers.
        </p>
        {submitError !== null && (
          <p className="field__hint field__hint--warning" role="alert">
            {submitError}
          </p>
        )}
      </Dialog>
      <QuitDialog attemptId={attemptId} />
    </div>
  );
}

function ResumeCodeForm({
  message,
  error,
  onSubmit,
}: {
  message: string;
  error: string | null;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = useState('');
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit(code);
  };
  return (
    <div className="exam exam--center">
      <form className="panel resume-form" onSubmit={submit}>
        <h1>Your exam was interrupted</h1>
        <p>{message}.</p>
        <p>
          Every answer you saved is kept. The time the app was closed counted, and your proctor can
          add it back.
        </p>
        <div className="field">
          <label className="field__label" htmlFor="resume-code">
            Resume code
          </label>
          <input
            id="resume-code"
            className="input input--large"
            inputMode="numeric"
            autoComplete="off"
            value={code}
            aria-invalid={error !== null}
            onChange={(e) => setCode(e.target.value)}
          />
          {error !== null && (
            <p className="field__hint field__hint--warning" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={code.trim() === ''}>
          Resume exam
        </button>
      </form>
    </div>
  );
}
