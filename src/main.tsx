import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundledUrl from '../data/events.json?url';
import { App } from './App';
import { createTimelineStore } from './store/createTimelineStore';
import { loadDataset } from './data/load';
import './styles.css';

/** ?data= may name another dataset, over http(s) or relative to this page; anything else is ignored. */
function datasetUrl(): string {
  const requested = new URLSearchParams(location.search).get('data');
  if (!requested) return bundledUrl;
  try {
    const url = new URL(requested, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    /* fall through */
  }
  console.warn(`Chronicle: ignoring data=${JSON.stringify(requested)}; it must be an http(s) URL`);
  return bundledUrl;
}

const loading = loadDataset(datasetUrl());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={createTimelineStore()} loading={loading} />
  </StrictMode>,
);
