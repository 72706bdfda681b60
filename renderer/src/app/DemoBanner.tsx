import { useSetupStore } from '../setup/setup-store';
import { Banner } from '../ui/Banner';

/**
 * On every screen of a computer holding the demo organisation: it is sample
 * data with public passwords, and must not be taken for a real organisation.
 */
export function DemoBanner({ flush = false }: { flush?: boolean }) {
  const demo = useSetupStore((s) => s.status?.demo ?? false);
  const production = useSetupStore((s) => s.status?.production ?? false);
  if (!demo) return null;
  return (
    <div className="demo-banner" role="region" aria-label="Demo organisation">
      <Banner tone="warning" flush={flush} title="Demo organisation.">
        Sample data whose passwords and PINs are public: not for real exams.
        {production && ' It cannot be published as an organisation.'}
      </Banner>
    </div>
  );
}
