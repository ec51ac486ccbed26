/**
 * The newest action wins. Every load of a page (its link's dataset at boot, a file opened, dropped
 * or pasted) takes a ticket; a load may show its result only while no newer load has shown one, and
 * showing one aborts the older loads still under way. A load that lost must not touch the store.
 * The reader's Cancel aborts the loads under way without making them lose: they end as `cancelled`.
 */
export interface LoadTicket {
  /** Aborted by Cancel, or by a newer load being shown. */
  readonly signal: AbortSignal;
  /** False once a newer load has been shown. */
  current(): boolean;
  /** Claims the page for this load's result: false (and nothing may be shown) if a newer one got there first. */
  show(): boolean;
  /** The load is over, shown or not. */
  end(): void;
}

interface Loads {
  started: number;
  shown: number;
  running: Map<number, AbortController>;
}

// One set of loads per page, keyed by its store: tests make many stores in one window.
const pages = new WeakMap<object, Loads>();

const loadsOf = (page: object): Loads => {
  let loads = pages.get(page);
  if (!loads) pages.set(page, (loads = { started: 0, shown: 0, running: new Map() }));
  return loads;
};

export function beginLoad(page: object): LoadTicket {
  const loads = loadsOf(page);
  const id = ++loads.started;
  const controller = new AbortController();
  loads.running.set(id, controller);
  return {
    signal: controller.signal,
    current: () => loads.shown <= id,
    show: () => {
      if (loads.shown > id) return false;
      loads.shown = id;
      for (const [older, running] of loads.running) if (older < id) running.abort();
      return true;
    },
    end: () => void loads.running.delete(id),
  };
}

/** The reader's Cancel: stops every load under way. */
export function cancelLoads(page: object): void {
  for (const controller of loadsOf(page).running.values()) controller.abort();
}

/** Whether a load is under way, so a Cancel button has something to stop. */
export const loadsUnderWay = (page: object): boolean => loadsOf(page).running.size > 0;
