import { useIntl } from '../i18n/use-intl';
import { useApiQuery } from '../api/use-api-query';
import { roleLabels } from '../lib/labels';
import { messages } from './messages';

/**
 * On the demo organisation only, its logins with their roles: one click fills
 * the form in. Main answers nothing for any other organisation, and then this
 * shows nothing.
 */
export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  const intl = useIntl();
  const { data } = useApiQuery('auth.demoAccounts', {});
  if (!data) return null;
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-heading">
      <h2 id="demo-accounts-heading" className="demo-accounts__title">
        {intl.formatMessage(messages.demoTitle)}
      </h2>
      <p className="demo-accounts__lede">
        {intl.formatMessage(messages.demoLede, {
          organisation: data.organisation,
          password: data.password,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <ul className="demo-accounts__list">
        {data.accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              className="demo-accounts__pick"
              onClick={() => onPick(account.email, data.password)}
            >
              <span className="demo-accounts__role">{roleLabels[account.role]}</span>
              <span className="demo-accounts__email">{account.email}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
