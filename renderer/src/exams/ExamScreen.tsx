import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import { DemoBanner } from '../app/DemoBanner';
import type { ApiErrorBody } from '@shared/api/result';
import type { ExamQuestion } from '@shared/domain/exam';
import type { SessionInfo } from '@shared/domain/organisation';
import { isAnswerable } from '@shared/domain/questions';
import { call, isDesktop, onEvent } from '../api/client';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
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
  setNotice,
  toggleFlag,
  updateClock,
  useExamStore,
} from './exam-store';
import { clockNews } from './clock-news';
import { ExamNotice } from './ExamNotice';
import { BreakScreen, RestBreakBar } from './RestBreak';
import { DisplaySettingsButton } from '../display/DisplaySettingsButton';
import { QuestionPalette } from './QuestionPalette';
import { QuestionView } from './QuestionView';
import { QuitDialog } from './QuitDialog';
import { ReviewScreen } from './ReviewScreen';
import { SaveIndicator } from './SaveIndicator';
import { SaveAnnouncer } from './SaveAnnouncer';
import { examText } from './exam-text';
import { StudentSyncNotice } from '../sync/StudentSyncNotice';
import { useWarmNeighbours } from './use-warm-neighbours';
import './exam.css';
import { shownError } from '../errors/error-text';

type Load =
  | { state: 'loading' }
  | { state: 'needs-code'; message: string; error: string | null }
  | { state: 'error'; error: ApiErrorBody }
  | { state: 'ready' };

const showResult = (attemptId: string) => {
  window.location.hash = hrefFor(`result/${attemptId}`);
};

/** Attempts whose opening words (their extra time, their breaks) were said on this page. */
const announcedOpening = new Set<string>();

/** The locked exam: one question per screen, the palette, the timer and the save receipt. */
export function ExamScreen({ attemptId }: { session: SessionInfo; attemptId: string }) {
  const intl = useIntl();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const session = useExamStore((s) => s.session);
  useDocumentTitle(session ? session.testName : intl.formatMessage(messages.exam));

  const open = useCallback(
    async (resumeCode?: string) => {
      const result = await call('exams.resume', {
        attemptId,
        ...(resumeCode !== undefined && { resumeCode }),
      });
      if (result.ok) {
        loadExam(result.value);
        if (!announcedOpening.has(attemptId)) {
          announcedOpening.add(attemptId);
          setNotice(clockNews(null, result.value.clock));
        }
        setLoad({ state: 'ready' });
        return;
      }
      if (result.error.field === 'resumeCode') {
        setLoad({
          state: 'needs-code',
          message: shownError(result.error),
          error: resumeCode === undefined ? null : shownError(result.error),
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

  // Main changed the attempt (a proctor's time, a break starting or ending): the clock is read
  // again and the change said in words; the question, the answers and what is being typed stay.
  const refresh = useCallback(async () => {
    const before = useExamStore.getState();
    if (before.session?.attemptId !== attemptId || !before.clock) {
      await open();
      return;
    }
    const result = await call('exams.resume', { attemptId });
    if (!result.ok) {
      await open();
      return;
    }
    updateClock(result.value.clock);
    const news = clockNews(before.clock, result.value.clock);
    if (news !== null) setNotice(news);
  }, [attemptId, open]);

  useEffect(() => {
    const offTick = onEvent('clock.tick', (tick) => {
      if (tick.attemptId !== attemptId) return;
      const s = useExamStore.getState();
      if (s.clock)
        updateClock({
          ...s.clock,
          elapsedMs: tick.elapsedMs,
          remainingMs: tick.remainingMs,
          breaks: { ...s.clock.breaks, usedMs: tick.breakUsedMs },
        });
    });
    const offEnded = onEvent('exam.ended', (e) => {
      if (e.attemptId === attemptId)
        endExam({ reason: e.submittedBy === 'timeout' ? 'timeout' : 'ended' });
    });
    const offChanged = onEvent('exam.changed', (e) => {
      if (e.attemptId === attemptId) void refresh();
    });
    return () => {
      offTick();
      offEnded();
      offChanged();
    };
  }, [attemptId, refresh]);

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
        <LoadingState label={intl.formatMessage(messages.openingExam)} />
      </div>
    );
  }
  if (load.state === 'error') {
    return (
      <div className="exam exam--center">
        <ErrorState
          error={load.error}
          onRetry={() => void open()}
          title={intl.formatMessage(messages.examOpenFailed)}
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

const noQuestions: ExamQuestion[] = [];

function ExamLayout({ attemptId }: { attemptId: string }) {
  const intl = useIntl();
  const session = useExamStore((s) => s.session);
  const answers = useExamStore((s) => s.answers);
  const index = useExamStore((s) => s.index);
  const reviewing = useExamStore((s) => s.reviewing);
  const onBreak = useExamStore((s) => s.clock?.breaks.state === 'running');
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
  useWarmNeighbours(session?.questions ?? noQuestions, index);
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
  }, [index, reviewing, onBreak, focusHeading]);
  if (!session) return null;
  const question = session.questions[index];
  const state = question ? answers[question.questionId] : undefined;
  const last = index === session.questions.length - 1;
  const unanswered = session.questions.filter(
    (q) => isAnswerable(q.type) && !isAnswered(answers[q.questionId]?.value ?? null),
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
    setSubmitError(shownError(result.error));
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
      <ExamNotice />
      <DemoBanner flush />
      <StudentSyncNotice flush />
      {displays > 1 && (
        <Banner
          tone="warning"
          role="alert"
          flush
          title={intl.formatMessage(messages.extraDisplayTitle)}
        >
          {intl.formatMessage(messages.extraDisplayBody)}
        </Banner>
      )}
      <div className={`exam__body${onBreak ? ' exam__body--break' : ''}`}>
        {!onBreak && (
          <QuestionPalette
            questions={session.questions}
            answers={answers}
            current={reviewing ? -1 : index}
            canGoBack={session.allowReview}
            onPick={goTo}
          />
        )}
        <main className="exam__main" id="main" tabIndex={-1} ref={mainRef}>
          {onBreak ? (
            <BreakScreen attemptId={attemptId} />
          ) : reviewing ? (
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
                  {intl.formatMessage(messages.previous)}
                </button>
                <button
                  type="button"
                  className={`button${state.flagged ? ' button--flagged' : ''}`}
                  aria-pressed={state.flagged}
                  onClick={() => toggleFlag(question.questionId)}
                >
                  {intl.formatMessage(state.flagged ? messages.flaggedButton : messages.flagButton)}
                </button>
                <span className="toolbar__grow" />
                {last ? (
                  session.allowReview ? (
                    <button type="button" className="button button--primary" onClick={openReview}>
                      {intl.formatMessage(messages.reviewAnswers)}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => setConfirming(true)}
                    >
                      {intl.formatMessage(messages.submitExam)}
                    </button>
                  )
                ) : (
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => goTo(index + 1)}
                  >
                    {intl.formatMessage(messages.next)}
                  </button>
                )}
              </div>
              {!last && session.allowReview && (
                <p className="exam__aside">
                  <button type="button" className="link-button" onClick={openReview}>
                    {intl.formatMessage(messages.reviewAndSubmit)}
                  </button>
                </p>
              )}
              {/* After the question and its buttons, so the keyboard meets the answer first. */}
              <div className="exam__extras">
                <RestBreakBar attemptId={attemptId} />
                <DisplaySettingsButton className="button button--small" />
              </div>
            </>
          ) : null}
        </main>
      </div>
      <Dialog
        title={intl.formatMessage(messages.submitTitle)}
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
              {intl.formatMessage(messages.keepWorking)}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void submit()}
              disabled={submitting}
            >
              {intl.formatMessage(submitting ? messages.submitting : messages.submitNow)}
            </button>
          </>
        }
      >
        <p>
          {unanswered === 0
            ? intl.formatMessage(messages.allAnswered)
            : intl.formatMessage(messages.unansweredCount, { count: unanswered })}{' '}
          {intl.formatMessage(messages.cannotChange)}
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
  const intl = useIntl();
  const [code, setCode] = useState('');
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit(code);
  };
  return (
    <div className="exam exam--center">
      <form className="panel resume-form" onSubmit={submit}>
        <h1>{intl.formatMessage(messages.interrupted)}</h1>
        <p>{intl.formatMessage(messages.interruptedReason, { message })}</p>
        <p>{intl.formatMessage(messages.interruptedExplain)}</p>
        <div className="field">
          <label className="field__label" htmlFor="resume-code">
            {intl.formatMessage(messages.resumeCode)}
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
          {intl.formatMessage(messages.resumeExam)}
        </button>
      </form>
    </div>
  );
}
