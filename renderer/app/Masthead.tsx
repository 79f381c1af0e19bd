// The government masthead: the emblem slot, and DTTC's and DRDO's names in Hindi and English
// together, whatever the UI language (as GIGW asks of bilingual sites); then the product's name.
// The emblem is left to the deployment: built with VITE_DTTC_EMBLEM_URL set to an image of its own
// (a path in the app, such as ./branding/emblem.svg under renderer/public), it shows; by default
// the slot is empty, so no build ships an official emblem that is not its own to use.
import { useTranslator } from '../features/settings/SettingsContext';

const EMBLEM_URL = sameOriginImage(import.meta.env.VITE_DTTC_EMBLEM_URL as string | undefined);

export function Masthead() {
  const { text } = useTranslator();
  return (
    <div className="masthead">
      <span className="masthead-emblem" data-testid="emblem-slot" hidden={!EMBLEM_URL}>
        {EMBLEM_URL && <img src={EMBLEM_URL} alt={text.site.emblem} width={44} height={44} />}
      </span>
      <div className="masthead-names">
        <p className="masthead-centre">
          <span lang="hi">रक्षा प्रौद्योगिकी एवं परीक्षण केंद्र, लखनऊ</span>
          <span className="masthead-divider" aria-hidden="true">
            {' | '}
          </span>
          <span lang="en">Defence Technology and Test Centre, Lucknow</span>
        </p>
        <p className="masthead-parent">
          <span lang="hi">रक्षा अनुसंधान एवं विकास संगठन, रक्षा मंत्रालय, भारत सरकार</span>
          <span className="masthead-divider" aria-hidden="true">
            {' | '}
          </span>
          <span lang="en">Defence Research and Development Organisation, Ministry of Defence, Government of India</span>
        </p>
      </div>
      <div className="app-title">
        <p className="app-name">{text.app.appName}</p>
        <p className="app-subtitle">{text.app.appSubtitle}</p>
      </div>
    </div>
  );
}

/** Only an image of the app itself (the CSP allows no other); anything else leaves the slot empty. */
function sameOriginImage(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^\.?\/[\w./-]+\.(svg|png|webp)$/i.test(url) && !url.includes('..') ? url : undefined;
}
