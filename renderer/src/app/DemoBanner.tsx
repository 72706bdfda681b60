import { useSetupStore } from '../setup/setup-store';
import { Banner } from '../ui/Banner';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/**
 * On every screen of a computer holding the demo organisation: it is sample
 * data with public passwords, and must not be taken for a real organisation.
 */
export function DemoBanner({ flush = false }: { flush?: boolean }) {
  const intl = useIntl();
  const demo = useSetupStore((s) => s.status?.demo ?? false);
  const production = useSetupStore((s) => s.status?.production ?? false);
  if (!demo) return null;
  return (
    <div className="demo-banner" role="region" aria-label={intl.formatMessage(messages.demoRegion)}>
      <Banner tone="warning" flush={flush} title={intl.formatMessage(messages.demoTitle)}>
        {intl.formatMessage(messages.demoBody)}
        {production && intl.formatMessage(messages.demoNotPublishable)}
      </Banner>
    </div>
  );
}
