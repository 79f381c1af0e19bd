// Which page shows for which route. A new view adds its Route member in ./navigation.tsx and a case here.
import { DetailPage } from '../features/detail/DetailPage';
import { EnquiryLogPage } from '../features/enquiry/EnquiryLogPage';
import { SearchPage } from '../features/search/SearchPage';
import { UpdatesPage } from '../features/sync/UpdatesPage';
import { WhatsNewPage } from '../features/sync/WhatsNewPage';
import type { Route } from './navigation';

export function ViewForRoute({ route }: { route: Route }) {
  switch (route.view) {
    case 'search':
      return <SearchPage />;
    case 'detail':
      return <DetailPage key={route.id} id={route.id} />;
    case 'enquiries':
      return <EnquiryLogPage />;
    case 'updates':
      return <UpdatesPage />;
    case 'whatsNew':
      return <WhatsNewPage />;
  }
}
