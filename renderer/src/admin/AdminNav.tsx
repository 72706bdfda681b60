import { hrefFor } from '../app/route-store';
import { Icon } from '../ui/Icon';
import type { AdminSection } from './admin-sections';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

export function AdminNav({
  sections,
  current,
}: {
  sections: readonly AdminSection[];
  current: AdminSection;
}) {
  const intl = useIntl();
  return (
    <nav className="side-nav" aria-label={intl.formatMessage(messages.admin)}>
      <p className="side-nav__heading" aria-hidden="true">
        {intl.formatMessage(messages.admin)}
      </p>
      <ul className="side-nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              className="side-nav__link"
              href={hrefFor(section.id)}
              aria-current={section.id === current.id ? 'page' : undefined}
            >
              <Icon name={section.icon} className="side-nav__icon" />
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
