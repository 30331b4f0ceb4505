/** Problems the user must hear about, shown in one alert region (role="alert") for the whole app. */
import { useSyncExternalStore } from 'react';
import { ApiError } from '../api/errors';

export interface Alert {
  readonly id: number;
  readonly message: string;
  /** The page was saving over a newer copy of a record: it offers to reload. */
  readonly offersReload: boolean;
}

let alerts: readonly Alert[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function reportError(error: unknown): void {
  // A session that ended is the sign-in page's to say (SignedInGate), not an alert's.
  if (error instanceof ApiError && error.kind === 'SignedOut') return;
  const message = error instanceof Error ? error.message : String(error);
  // The same message twice in a row helps nobody.
  if (alerts.at(-1)?.message === message) return;
  const offersReload = error instanceof ApiError && error.kind === 'Stale';
  alerts = [...alerts.slice(-4), { id: nextId++, message, offersReload }];
  emit();
}

export function dismissAlert(id: number): void {
  alerts = alerts.filter((alert) => alert.id !== id);
  emit();
}

export function useAlerts(): readonly Alert[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => alerts,
  );
}
