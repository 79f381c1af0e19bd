import type { Api } from '../api/api';
import { ApiContext } from '../api/ApiContext';
import { EnquiryProvider } from '../features/enquiry/EnquiryContext';
import { EnquiryDialog } from '../features/enquiry/EnquiryDialog';
import { ChooseMode } from '../features/kiosk/ChooseMode';
import { SearchProvider } from '../features/search/SearchContext';
import { SettingsProvider, useSettings, useTranslator } from '../features/settings/SettingsContext';
import { StatusBar } from '../features/status/StatusBar';
import { SyncConfirmDialog } from '../features/sync/SyncConfirmDialog';
import { SyncProvider } from '../features/sync/SyncContext';
import { SyncDropZone } from '../features/sync/SyncDropZone';
import { AppHeader } from './AppHeader';
import { CatalogueProvider, useCatalogue } from './CatalogueContext';
import { NamesProvider } from './NamesContext';
import { NavigationProvider, useNavigation } from './navigation';
import { PrimaryActionProvider } from './primaryAction';
import { SiteFooter } from './SiteFooter';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useSearchAddress } from './useSearchAddress';
import { ViewForRoute } from './views';

export function App({ api }: { api: Api }) {
  return (
    <ApiContext.Provider value={api}>
      <ChooseMode
        desk={
          <SettingsProvider>
            <CatalogueProvider>
              <NamesProvider>
                <SearchProvider>
                  <NavigationProvider>
                    <EnquiryProvider>
                      <SyncProvider>
                        <PrimaryActionProvider>
                          <Shell />
                        </PrimaryActionProvider>
                      </SyncProvider>
                    </EnquiryProvider>
                  </NavigationProvider>
                </SearchProvider>
              </NamesProvider>
            </CatalogueProvider>
          </SettingsProvider>
        }
      />
    </ApiContext.Provider>
  );
}

function Shell() {
  const { text } = useTranslator();
  const { saveFailed } = useSettings();
  useGlobalShortcuts();
  return (
    <div className="app-shell">
      <SearchAddress />
      <a className="skip-link" href="#main">
        {text.app.skipToContent}
      </a>
      <AppHeader />
      {saveFailed && (
        <p className="banner" role="alert">
          {text.settings.saveFailed}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <MainContent />
      </main>
      <footer className="page-footer">
        <SiteFooter />
        <StatusBar />
      </footer>
      <EnquiryDialog />
      <SyncConfirmDialog />
      <SyncDropZone />
    </div>
  );
}

/** A component of its own: the search's address follows every keystroke, and the shell around it need not render again. */
function SearchAddress() {
  useSearchAddress();
  return null;
}

function MainContent() {
  const { catalogue, reload } = useCatalogue();
  const { route } = useNavigation();
  const { text } = useTranslator();
  if (catalogue.status === 'loading') return <p className="hint">{text.app.loading}</p>;
  if (catalogue.status === 'failed')
    return (
      <div role="alert" className="load-failed">
        <p>{text.app.loadFailed}</p>
        <p>{catalogue.message}</p>
        <button type="button" className="button" onClick={reload}>
          {text.app.retry}
        </button>
      </div>
    );
  return <ViewForRoute route={route} />;
}
