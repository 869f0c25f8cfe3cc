import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { Router } from './router/Router.js';
import { SessionProvider } from './session/SessionProvider.js';
import './styles/base.css';
import './styles/pages.css';
import './styles/conference.css';
import './styles/dashboard.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// No StrictMode: the conference session owns camera/microphone tracks, and StrictMode's
// double-mounting would release them right after they were handed over.
createRoot(root).render(
  <I18nProvider>
    <Router>
      <SessionProvider>
        <App />
      </SessionProvider>
    </Router>
  </I18nProvider>,
);
