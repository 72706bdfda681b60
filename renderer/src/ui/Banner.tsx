import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type BannerTone = 'info' | 'warning' | 'danger';

const icons: Record<BannerTone, IconName> = { info: 'info', warning: 'warning', danger: 'error' };

interface BannerProps {
  tone?: BannerTone;
  title?: string;
  children: ReactNode;
  /** Full width under the header, with no rounded border. */
  flush?: boolean;
  /** `alert` for something that just went wrong; `status` for standing conditions. */
  role?: 'alert' | 'status';
  action?: ReactNode;
}

export function Banner({
  tone = 'info',
  title,
  children,
  flush = false,
  role,
  action,
}: BannerProps) {
  const className = `banner banner--${tone}${flush ? ' banner--flush' : ''}`;
  return (
    <div className={className} role={role}>
      <Icon name={icons[tone]} className="banner__icon" />
      <div className="banner__body">
        {title !== undefined && <span className="banner__title">{title} </span>}
        {children}
      </div>
      {action}
    </div>
  );
}
