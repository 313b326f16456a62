import './app/zod-without-eval';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSeatClient } from '../shared/contract/seat-client';
import { getBridge } from './api/bridge';
import { SeatApp } from './app/seat-app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <SeatApp client={createSeatClient(getBridge())} />
  </StrictMode>,
);
