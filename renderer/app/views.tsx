// Which page shows for which route, and the window title of the views that do not set their own.
// A new view adds its Route member in ./navigation.tsx, its path in ./routeHash.ts and a case here.
import { lazy, Suspense, type ReactNode } from 'react';
import { EnquiryBriefPage } from '../features/brief/EnquiryBriefPage';
import { DetailPage } from '../features/detail/DetailPage';
import { EnquiryLogPage } from '../features/enquiry/EnquiryLogPage';
import { PrivacyPage } from '../features/legal/PrivacyPage';
import { TermsPage } from '../features/legal/TermsPage';
import { SearchPage } from '../features/search/SearchPage';
import { useTranslator } from '../features/settings/SettingsContext';
import { UpdatesPage } from '../features/sync/UpdatesPage';
import { WhatsNewPage } from '../features/sync/WhatsNewPage';
import { useDocumentTitle } from './documentTitle';
import type { Route } from './navigation';

// Its own chunk, with the charting library: loaded when the page is first opened, not at start-up.
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((module) => ({ default: module.ReportsPage })));

export function ViewForRoute({ route }: { route: Route }) {
  const { text } = useTranslator();
  switch (route.view) {
    case 'search':
      // The search page and the detail page name the words searched and the entry open.
      return <Titled title={undefined} page={<SearchPage />} />;
    case 'detail':
      return <DetailPage key={route.id} id={route.id} />;
    case 'brief':
      return <EnquiryBriefPage key={route.id} id={route.id} />;
    case 'enquiries':
      return <Titled title={text.enquiryLog.logTitle} page={<EnquiryLogPage />} />;
    case 'reports':
      return (
        <Titled
          title={text.reports.reportsTitle}
          page={
            <Suspense fallback={<p className="hint">{text.app.loading}</p>}>
              <ReportsPage />
            </Suspense>
          }
        />
      );
    case 'updates':
      return <Titled title={text.sync.updatesTitle} page={<UpdatesPage />} />;
    case 'whatsNew':
      return <Titled title={text.sync.whatsNewTitle} page={<WhatsNewPage />} />;
    case 'privacy':
      return <Titled title={text.legal.privacyTitle} page={<PrivacyPage />} />;
    case 'terms':
      return <Titled title={text.legal.termsTitle} page={<TermsPage />} />;
  }
}

// Every view names itself here, so a settings change never races a view's own title.
function Titled({ title, page }: { title: string | undefined; page: ReactNode }) {
  useDocumentTitle(title);
  return page;
}
