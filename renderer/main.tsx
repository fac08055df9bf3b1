import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n, initialLanguage } from './i18n/i18n';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render Liaison into.');

const i18n = await createI18n(initialLanguage(window.localStorage, navigator.languages));
document.documentElement.lang = i18n.language;

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
