// Entry point: mounts the app with its providers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { LanguageProvider } from './i18n/language';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html mist het element #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
