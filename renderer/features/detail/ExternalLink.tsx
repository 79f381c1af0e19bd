import type { MouseEvent, ReactNode } from 'react';
import { isAllowedExternalUrl } from '../../../shared/ipc/externalLinks';
import { useApi } from '../../api/ApiContext';
import { useTranslator } from '../settings/SettingsContext';

/**
 * A link that leaves the app: the page never navigates; the host opens it in the system browser
 * (shell:openExternal). A link the allow-list refuses is shown as plain text.
 */
export function ExternalLink({ url, children }: { url: string; children?: ReactNode }) {
  const api = useApi();
  const { text } = useTranslator();
  if (!isAllowedExternalUrl(url)) return <span>{children ?? url}</span>;
  const openOutside = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void api['shell:openExternal']({ url });
  };
  return (
    <a href={url} className="external-link" onClick={openOutside} onAuxClick={openOutside} rel="noreferrer noopener">
      {children ?? url}
      <span className="visually-hidden"> {text.detail.opensOutside}</span>
    </a>
  );
}
