import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { ErrorBoundary } from './shared/ErrorBoundary';
import { askFirstQuestions } from './shared/firstRequests';
import './shell/styles.css';

// The first screen's data is on its way while React starts.
askFirstQuestions();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
