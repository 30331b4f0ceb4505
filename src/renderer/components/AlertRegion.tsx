import { useEffect } from 'react';
import { dismissAlert, useAlerts } from '../alerts';

/**
 * The one place errors appear. The region stays in the page even when empty, so screen readers
 * already watch it when the first message arrives (role="alert" speaks it at once).
 */
export function AlertRegion() {
  const alerts = useAlerts();
  const newest = alerts.at(-1);

  // A refused save may be far down the page, out of sight of this region: take the keyboard (and
  // the view) to the way out, Reload. Other alerts leave focus on the field they name.
  useEffect(() => {
    if (newest?.offersReload) document.getElementById(`alert-reload-${newest.id}`)?.focus();
  }, [newest]);

  function dismiss(id: number, index: number): void {
    dismissAlert(id);
    // The button goes away with its alert: move focus to the next alert's button, or to the page.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.alert-dismiss');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('main'))?.focus();
    });
  }

  return (
    <div className="alert-region" role="alert" aria-live="assertive">
      {alerts.map((alert, index) => (
        <div className="alert" key={alert.id}>
          <p>{alert.message}</p>
          {alert.offersReload && (
            // The address keeps the page; the token stays in this tab's session storage.
            <button
              type="button"
              id={`alert-reload-${alert.id}`}
              onClick={() => window.location.reload()}
            >
              Reload
            </button>
          )}
          <button type="button" className="alert-dismiss" onClick={() => dismiss(alert.id, index)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
