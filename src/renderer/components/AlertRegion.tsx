import { dismissAlert, useAlerts } from '../alerts';

/**
 * The one place errors appear. The region stays in the page even when empty, so screen readers
 * already watch it when the first message arrives (role="alert" speaks it at once).
 */
export function AlertRegion() {
  const alerts = useAlerts();

  function dismiss(id: number, index: number): void {
    dismissAlert(id);
    // The button goes away with its alert: move focus to the next alert's button, or to the page.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.alert button');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('main'))?.focus();
    });
  }

  return (
    <div className="alert-region" role="alert" aria-live="assertive">
      {alerts.map((alert, index) => (
        <div className="alert" key={alert.id}>
          <p>{alert.message}</p>
          <button type="button" onClick={() => dismiss(alert.id, index)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
