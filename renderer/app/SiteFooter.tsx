// The footer of every desk view: who runs the desk and where, the helpline, the disclaimer, when
// the catalogue was last updated, and the privacy notice and terms of use (plain links to their
// addresses: the router follows the address).
import { HELPLINE_NUMBER } from '../../shared/i18n/messages/site';
import { useTranslator } from '../features/settings/SettingsContext';
import { useCatalogue } from './CatalogueContext';
import { useNavigation, type Route } from './navigation';
import { hashOfRoute } from './routeHash';

/**
 * The page's own path with the view's hash: the same document (the router follows the hash), and
 * no link that reads as a jump to a missing "#/privacy" anchor in the page (WCAG 2.4.1 checkers).
 */
function addressOf(route: Route): string {
  return `${window.location.pathname}${hashOfRoute(route)}`;
}

export function SiteFooter() {
  const translator = useTranslator();
  const { text } = translator;
  const { catalogue } = useCatalogue();
  const { route } = useNavigation();
  return (
    <div className="site-footer">
      <h2 className="visually-hidden">{text.site.footerHeading}</h2>
      <div className="site-footer-contact">
        <p>
          <span className="site-footer-label">{text.site.addressLabel}: </span>
          {text.site.address}
        </p>
        <p>
          <span className="site-footer-label">{text.site.helplineLabel}: </span>
          <span data-testid="helpline">{HELPLINE_NUMBER}</span> ({text.site.helplineHours})
        </p>
      </div>
      <p className="site-footer-disclaimer">{text.site.disclaimer}</p>
      <div className="site-footer-meta">
        {catalogue.status === 'ready' && (
          <p data-testid="last-updated">{text.site.lastUpdated(translator.date(catalogue.info.asOf ?? catalogue.info.issuedAt))}</p>
        )}
        <ul className="site-footer-links">
          <li>
            <a href={addressOf({ view: 'privacy' })} aria-current={route.view === 'privacy' ? 'page' : undefined} data-testid="open-privacy">
              {text.site.privacyLink}
            </a>
          </li>
          <li>
            <a href={addressOf({ view: 'terms' })} aria-current={route.view === 'terms' ? 'page' : undefined} data-testid="open-terms">
              {text.site.termsLink}
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
