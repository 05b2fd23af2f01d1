/**
 * The archive's Content-Security-Policy. Astro writes it as a `<meta
 * http-equiv>` into every page, adding the hash of any inline script or
 * style it emits (there are none: scripts and styles ship as files). Only
 * the site's own files run; `'wasm-unsafe-eval'` is what Pagefind needs to
 * compile its WebAssembly search, and nothing else is allowed: no inline
 * script, no eval, no plugins, no other origin. JSON-LD blocks are data,
 * which CSP does not govern.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'"] as const;

export const contentSecurityPolicy = {
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
  styleDirective: { resources: [...CSP_STYLE_SOURCES] },
};

/**
 * The same policy as an HTTP header, for hosts that can send one
 * (public/_headers, deploy/nginx.conf; a test keeps them equal to this).
 * A header can also forbid framing, which a <meta> policy cannot.
 */
export const CSP_HEADER = [
  ...CSP_DIRECTIVES,
  `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`,
  `style-src ${CSP_STYLE_SOURCES.join(' ')}`,
  "frame-ancestors 'none'",
].join('; ');
