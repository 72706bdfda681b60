import type { PreviewLinkProblem } from '../api/preview-access';
import { useDocumentTitle } from '../lib/use-document-title';
import { BrandMark } from '../ui/BrandMark';
import './login.css';

const what: Record<PreviewLinkProblem, { title: string; text: string }> = {
  missing: {
    title: 'This link has no preview token',
    text: 'The browser preview only answers pages opened with the link it printed, which ends in the token of the current run (?token=…). This address was opened without it, so nothing here can work yet.',
  },
  refused: {
    title: 'This link is from an earlier run',
    text: 'The token this page carries is not the one of the preview running now. The preview makes a new token each time it starts, so a link or tab from before a restart stops working.',
  },
};

/**
 * Shown in the browser preview instead of the login screen when the page has
 * no usable token: signing in could not work, so it says what happened and
 * where the right link is.
 */
export function PreviewLinkPage({ problem }: { problem: PreviewLinkProblem }) {
  useDocumentTitle('Preview link needed');
  const { title, text } = what[problem];
  return (
    <div className="login">
      <main className="login__main">
        <div className="login__card login__card--wide">
          <div className="login__brand">
            <BrandMark className="login__mark" />
            <span className="login__product">Exam Desk preview</span>
          </div>
          <h1 className="login__title">{title}</h1>
          <p className="login__lede">{text}</p>
          <section aria-labelledby="preview-link-fix">
            <h2 id="preview-link-fix" className="preview-link__heading">
              How to get the right link
            </h2>
            <ol className="preview-link__steps">
              <li>
                Go to the terminal where <code>npm start</code> (or <code>npm run preview:web</code>
                ) is running. If none is, run <code>npm start</code>.
              </li>
              <li>
                Find the line <code>Open: {window.location.origin}/?token=…</code> and open that
                link.
              </li>
              <li>
                To keep the same link across restarts, start the preview with{' '}
                <code>EXAM_PREVIEW_PORT</code> and <code>EXAM_PREVIEW_TOKEN</code> set; the printed
                link can then be bookmarked.
              </li>
            </ol>
          </section>
        </div>
      </main>
    </div>
  );
}
