import type { ComponentChildren } from 'preact';
import { hostOf } from '../lib/reports/host';
import { useT } from './I18nProvider';

interface Props {
  /** The report server, when one is set. */
  endpoint: string | undefined;
  /** The sentence for "reports go to this server", given the server's host. */
  sentTo: (host: ComponentChildren) => ComponentChildren;
  /** The sentence for "reports stay in this browser". */
  local: ComponentChildren;
  /** Opens the options page, where a report server can be set. */
  openOptions?: (() => void) | undefined;
}

/** Where reports go: to the configured server, or nowhere (they stay local), with a way to set a server. */
export default function DestinationNotice({ endpoint, sentTo, local, openOptions }: Props) {
  const t = useT();
  return (
    <p class="notice" data-testid="destination">
      {endpoint ? (
        sentTo(<strong>{hostOf(endpoint)}</strong>)
      ) : (
        <>
          {local}
          {openOptions && (
            <>
              {' '}
              <button type="button" class="link" onClick={openOptions}>
                {t.setReportServer}
              </button>
            </>
          )}
        </>
      )}
    </p>
  );
}
