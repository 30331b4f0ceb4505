import { useSyncExternalStore } from 'react';
import { AREAS, areaById, type Area, type AreaId } from './areas';

const DEFAULT_AREA: AreaId = 'overview';

function areaFromHash(): AreaId {
  const id = window.location.hash.replace(/^#\/?/, '');
  return AREAS.some((area) => area.id === id) ? (id as AreaId) : DEFAULT_AREA;
}

export function hrefOf(area: AreaId): string {
  return `#/${area}`;
}

/** Hash routes work the same from file:// (Electron) and http://127.0.0.1 (browser mode). */
export function useCurrentArea(): Area {
  const id = useSyncExternalStore((listener) => {
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, areaFromHash);
  return areaById(id);
}

/** Whether the user has moved between pages since the window opened. */
let navigated = false;
window.addEventListener('hashchange', () => {
  navigated = true;
});

export function hasNavigated(): boolean {
  return navigated;
}
