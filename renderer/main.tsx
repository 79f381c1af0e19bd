import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseApi } from './api/chooseApi';
import { App } from './app/App';
import { prefetchCatalogue } from './app/CatalogueContext';
import './styles/base.css';
import './styles/components.css';
import './styles/print.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const api = chooseApi();
prefetchCatalogue(api);
createRoot(container).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
