import { linkedData } from '../io/viewLink';
import { useEffect } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';

/**
 * Keeps the presenter's windows on the same step: each posts its step when it changes and follows
 * the others'. One channel per page and dataset, so two presentations in one browser stay apart.
 */
export function useStepChannel(store: TimelineStore): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    // The windows of one presentation: this page with this dataset.
    const channel = new BroadcastChannel(`chronicle:present:${location.pathname}:${linkedData() ?? ''}`);
    let following = false;
    const follow = (e: MessageEvent) => {
      if (typeof e.data?.step !== 'number' || e.data.step === store.getState().step) return;
      following = true;
      store.getState().goToStep(e.data.step);
      following = false;
    };
    channel.addEventListener('message', follow);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.step !== prev.step && !following) channel.postMessage({ step: s.step });
    });
    // A window that opens late asks where the others are; they answer with their step.
    channel.postMessage({ hello: true });
    const answer = (e: MessageEvent) => e.data?.hello && channel.postMessage({ step: store.getState().step });
    channel.addEventListener('message', answer);
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [store]);
}
