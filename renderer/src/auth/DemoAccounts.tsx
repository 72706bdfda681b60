import { useApiQuery } from '../api/use-api-query';
import { roleLabels } from '../lib/labels';

/**
 * On the demo organisation only, its logins with their roles: one click fills
 * the form in. Main answers nothing for any other organisation, and then this
 * shows nothing.
 */
export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  const { data } = useApiQuery('auth.demoAccounts', {});
  if (!data) return null;
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-heading">
      <h2 id="demo-accounts-heading" className="demo-accounts__title">
        Demo logins
      </h2>
      <p className="demo-accounts__lede">
        {data.organisation} is a demo organisation. Every account below uses the password{' '}
        <code>{data.password}</code>; choose one to fill it in.
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
