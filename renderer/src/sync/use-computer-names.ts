import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/**
 * Rows name the computer they were written on by its id; people read its name.
 * The organisation's computers come from their sync reports, and this one from
 * its own record (it may not have reported yet).
 */
export function useComputerNames(): (deviceId: string | null) => string | null {
  const intl = useIntl();
  const devices = useApiQuery('sync.devices', {});
  const here = useApiQuery('sync.overview', {});
  return (deviceId) => {
    if (deviceId === null) return null;
    if (here.data?.deviceId === deviceId) return here.data.deviceName;
    return (
      devices.data?.find((d) => d.id === deviceId)?.name ??
      intl.formatMessage(messages.anotherComputer)
    );
  };
}
