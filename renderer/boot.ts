// The page's entry: it starts the search worker first, so the worker loads its script and the
// catalogue's search index while the browser is still fetching and compiling the rest of the app
// (React and every view, several times this module's size), then loads the app itself.
import { startSearchWorker } from './features/search/startSearchWorker';

startSearchWorker();
void import('./main');
