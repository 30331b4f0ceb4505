import { useSyncExternalStore } from 'react';
import { AREAS, areaById, type Area, type AreaId } from './areas';

const DEFAULT_AREA: AreaId = 'overview';

export interface Route {
  readonly area: Area;
  /** Segments after the area: "#/readiness/round/12" → ["round", "12"]. */
  readonly path: readonly string[];
  /** False for an address naming no area ("#/nonsense"): the page says it is not found. */
  readonly known: boolean;
}

function parse(hash: string): Route {
  const [first, ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (first === undefined) return { area: areaById(DEFAULT_AREA), path: [], known: true };
  const known = AREAS.some((area) => area.id === first);
  return { area: areaById(known ? (first as AreaId) : DEFAULT_AREA), path: rest, known };
}

export function hrefOf(area: AreaId, ...segments: (string | number)[]): string {
  return `#/${[area, ...segments.map(String)].join('/')}`;
}

export function navigate(area: AreaId, ...segments: (string | number)[]): void {
  window.location.hash = hrefOf(area, ...segments);
}

/** Whether the user has moved between pages since the window opened. */
let navigated = false;
window.addEventListener('hashchange', () => {
  navigated = true;
});

export function hasNavigated(): boolean {
  return navigated;
}

/** Hash routes work the same from file:// (Electron) and http://127.0.0.1 (browser mode). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => window.location.hash,
  );
  return parse(hash);
}
