import { useState } from 'react';
import { shownLogo } from '@shared/domain/logo';
import type { SessionInfo } from '@shared/domain/organisation';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/** The organisation's logo (or its initials) and name, with the mode the app is in. */
export function OrgIdentity({
  organisation,
  mode,
}: {
  organisation: SessionInfo['organisation'];
  mode: string;
}) {
  const intl = useIntl();
  const [logoFailed, setLogoFailed] = useState(false);
  const logo = shownLogo(organisation.logoUrl);
  const showLogo = logo !== null && !logoFailed;
  return (
    <div className="org-identity">
      {showLogo ? (
        <img className="org-identity__logo" src={logo} alt="" onError={() => setLogoFailed(true)} />
      ) : (
        <span className="org-identity__monogram" aria-hidden="true">
          {initials(organisation.name)}
        </span>
      )}
      <div className="org-identity__text">
        <span className="org-identity__name">{organisation.name}</span>
        <span className="org-identity__product">
          {intl.formatMessage(messages.productMode, { mode })}
        </span>
      </div>
    </div>
  );
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  return words
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}
