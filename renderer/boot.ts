// The page's entry: it takes the browser host's API key out of the address before anything reads
// the address (the routes live in the fragment too), starts the search worker, so the worker loads
// its script and the catalogue's search index while the browser is still fetching and compiling the
// rest of the app (React and every view, several times this module's size), then loads the app itself.
import { takeHostKeyFromAddress } from './api/hostKey';
import { startSearchWorker } from './features/search/startSearchWorker';

takeHostKeyFromAddress(window.location, window.history, window.sessionStorage);
startSearchWorker();
void import('./main');
