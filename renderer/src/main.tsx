import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The design system first, so screen styles imported by components can refine it.
import './styles/global.css';
import { App } from './App';
import { queryClient } from './api/query-client';
import { LocaleProvider } from './i18n/LocaleProvider';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
