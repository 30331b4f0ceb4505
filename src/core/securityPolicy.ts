/**
 * The Content-Security-Policy of every page the Workbench shows, in both shells.
 * No inline script, no eval, no remote origin: the renderer talks only to its own origin (browser
 * mode) or through the preload bridge (Electron).
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

function render(entries: [string, string][]): string {
  return entries.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** For the HTTP header. */
export const CONTENT_SECURITY_POLICY = render(Object.entries(directives));

/** For the <meta> tag in index.html, where browsers ignore frame-ancestors. */
export const CONTENT_SECURITY_POLICY_META = render(
  Object.entries(directives).filter(([name]) => name !== 'frame-ancestors'),
);
