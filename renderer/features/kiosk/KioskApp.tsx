// The kiosk: chosen at start when host:info says mode 'kiosk'. Like the desk, it searches the
// prebuilt index its worker streams and never reads the whole catalogue (its home screen's counts
// come with catalogue:info). Everything a visitor did (language, query, filters, history, keyboard)
// lives under one key, and a new key — after the idle countdown, or "Start again" — remounts it all
// from nothing, scrolled to the top, behind the attract screen that waits for the next visitor; only
// the search worker is kept, told to forget the visitor's searches, and asks the host whether the
// catalogue changed (a conditional request: a 304 when it did not).
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { EntryKind } from '../../../shared/catalogue/entry';
import type { HostInfo, Language } from '../../../shared/ipc/contract';
import { DEFAULT_IDLE_SETTINGS } from '../../../shared/kiosk/idleTimer';
import { useApi } from '../../api/ApiContext';
import { CatalogueProvider, useCatalogue } from '../../app/CatalogueContext';
import { NamesProvider } from '../../app/NamesContext';
import { SearchProvider, useSearch } from '../search/SearchContext';
import { EMPTY_SEARCH } from '../search/searchState';
import { useSettings, useTranslator } from '../settings/SettingsContext';
import { AttractScreen } from './AttractScreen';
import { IdleCountdown } from './IdleCountdown';
import { KioskDetail } from './KioskDetail';
import { KioskHome } from './KioskHome';
import { KioskResults } from './KioskResults';
import { currentView, goBack, KIOSK_START, openView, type KioskHistory, type KioskView } from './kioskView';
import { StaffExit } from './StaffExit';
import { useIdleReset } from './useIdleReset';
import { VisitorSettingsProvider } from './VisitorSettingsProvider';
import './kiosk.css';

export function KioskApp({ info }: { info: HostInfo }) {
  const api = useApi();
  const [visitor, setVisitor] = useState(0);
  const [homeLanguage, setHomeLanguage] = useState<Language | undefined>(undefined);
  const [attract, setAttract] = useState(false);
  const nextVisitor = useCallback(() => {
    setVisitor((count) => count + 1);
    setAttract(true);
  }, []);
  // A reset from a scrolled page must not leave the fresh home screen (header, language) scrolled away.
  useLayoutEffect(() => {
    if (visitor > 0) window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  }, [visitor]);
  const start = useCallback(() => {
    setAttract(false);
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    document.getElementById('main')?.focus({ preventScroll: true });
  }, []);
  const idle = useIdleReset(info.kiosk ?? DEFAULT_IDLE_SETTINGS, nextVisitor);
  const { stop: stopIdleWatch } = idle;
  // "Start again" by hand: the fresh home screen waits for the next visitor without counting down.
  const startAgain = useCallback(() => {
    stopIdleWatch();
    nextVisitor();
  }, [stopIdleWatch, nextVisitor]);

  useEffect(() => {
    document.documentElement.dataset.mode = 'kiosk';
    let current = true;
    void api['settings:get'](undefined).then((result) => current && setHomeLanguage(result.ok ? result.value.language : 'en'));
    return () => {
      current = false;
    };
  }, [api]);

  if (homeLanguage === undefined) return null;
  return (
    <CatalogueProvider>
      <VisitorSettingsProvider key={visitor} initialLanguage={homeLanguage}>
        <NamesProvider>
          <SearchProvider keepWorker>
            <KioskVisit onStartAgain={startAgain} staffExit={info.shell === 'electron'} />
            {idle.phase.phase === 'countdown' && <IdleCountdown secondsLeft={idle.phase.secondsLeft} />}
            {attract && <AttractScreen onStart={start} />}
          </SearchProvider>
        </NamesProvider>
      </VisitorSettingsProvider>
    </CatalogueProvider>
  );
}

function KioskVisit({ onStartAgain, staffExit }: { onStartAgain(): void; staffExit: boolean }) {
  const translator = useTranslator();
  const { text } = translator;
  const { settings, update } = useSettings();
  const { catalogue, reload } = useCatalogue();
  const { setState } = useSearch();
  const [history, setHistory] = useState<KioskHistory>(KIOSK_START);
  const view = currentView(history);
  const open = (next: KioskView) => {
    if (next.screen === 'detail') window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    setHistory((current) => openView(current, next));
  };
  const browseKind = (kind: EntryKind) => {
    setState({ ...EMPTY_SEARCH, kind });
    open({ screen: 'results', keyboard: false });
  };
  const browseDomain = (domain: string) => {
    setState({ ...EMPTY_SEARCH, facets: { domain } });
    open({ screen: 'results', keyboard: false });
  };
  const other = settings.language === 'en' ? 'hi' : 'en';

  return (
    <div className="kiosk-shell" data-testid="kiosk" data-screen={view.screen}>
      <header className="kiosk-header">
        <p className="kiosk-app-name">{text.app.appName}</p>
        <nav className="kiosk-nav" aria-label={text.app.mainNavigation}>
          {history.stack.length > 1 && (
            <button type="button" className="button kiosk-button" onClick={() => setHistory(goBack)} data-testid="kiosk-back">
              ← {text.kiosk.back}
            </button>
          )}
          {view.screen !== 'home' && (
            <button type="button" className="button kiosk-button" onClick={onStartAgain} data-testid="kiosk-start-again">
              {text.kiosk.startAgain}
            </button>
          )}
          <button
            type="button"
            className="button kiosk-button kiosk-language-toggle"
            lang={other}
            aria-label={text.settings.switchToOtherLabel}
            onClick={() => update({ language: other })}
            data-testid="language-switch"
          >
            <LanguageIcon />
            {text.settings.switchToOther}
          </button>
        </nav>
      </header>
      <main id="main" className="kiosk-main" tabIndex={-1}>
        {catalogue.status === 'loading' && <p className="hint">{text.app.loading}</p>}
        {catalogue.status === 'failed' && (
          <div role="alert" className="load-failed">
            <p>{text.app.loadFailed}</p>
            <button type="button" className="button kiosk-button" onClick={reload}>
              {text.app.retry}
            </button>
          </div>
        )}
        {catalogue.status === 'ready' && view.screen === 'home' && (
          <KioskHome onKind={browseKind} onDomain={browseDomain} onSearch={() => open({ screen: 'results', keyboard: true })} />
        )}
        {catalogue.status === 'ready' && view.screen === 'results' && (
          <KioskResults keyboard={view.keyboard} onKeyboard={(keyboard) => open({ screen: 'results', keyboard })} onOpen={(id) => open({ screen: 'detail', id })} />
        )}
        {catalogue.status === 'ready' && view.screen === 'detail' && <KioskDetail key={view.id} id={view.id} />}
      </main>
      {staffExit && <StaffExit />}
    </div>
  );
}

/** The usual "languages" sign (a speech mark with two scripts), so the toggle reads without words. */
function LanguageIcon() {
  return (
    <svg className="kiosk-language-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M3 4h11v8H8l-3 3v-3H3z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M10 14v3h6l3 3v-3h2V9h-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <text x="5.2" y="10.6" fontSize="6.5" fontWeight="700" fill="currentColor">A</text>
      <text x="14.2" y="15.8" fontSize="6" fontWeight="700" fill="currentColor">अ</text>
    </svg>
  );
}
