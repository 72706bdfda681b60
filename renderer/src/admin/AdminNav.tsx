import { hrefFor } from '../app/route-store';
import { Icon } from '../ui/Icon';
import type { AdminSection } from './admin-sections';

export function AdminNav({
  sections,
  current,
}: {
  sections: readonly AdminSection[];
  current: AdminSection;
}) {
  return (
    <nav className="side-nav" aria-label="Admin">
      <p className="side-nav__heading" aria-hidden="true">
        Admin
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
