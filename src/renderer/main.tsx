import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './client/client';
import { queryClient } from './client/queryClient';
import { App } from './App';
import { SignedInGate } from './SignedInGate';
import './styles/index.css';

captureToken();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SignedInGate>
        <App />
      </SignedInGate>
    </QueryClientProvider>
  </StrictMode>,
);
