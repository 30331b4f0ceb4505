import { dismissAlert, useAlerts } from '../alerts';

/** The one place errors appear; role="alert" makes screen readers speak them at once. */
export function AlertRegion() {
  const alerts = useAlerts();
  return (
    <div className="alert-region" role="alert" aria-live="assertive">
      {alerts.map((alert) => (
        <div className="alert" key={alert.id}>
          <p>{alert.message}</p>
          <button type="button" onClick={() => dismissAlert(alert.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
