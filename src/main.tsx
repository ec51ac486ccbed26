import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundledUrl from '../data/events.json?url';
import { App } from './App';
import { createTimelineStore } from './store/createTimelineStore';
import { loadDataset } from './data/load';
import { parseViewParams } from './url/viewParams';
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
const store = createTimelineStore();
// How to show the app (embed, theme) is known before the data arrives: no flash of the wrong chrome.
const { embed = false, theme = 'light', accent = null, orientation = null } = parseViewParams(location.search).params;
store.setState({ embed, theme, accent, orientation });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} loading={loading} />
  </StrictMode>,
);
