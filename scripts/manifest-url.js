/**
 * The manifest (and the help URLs in functions.json) are written for development (https://localhost:3000).
 * A production build hosted elsewhere rewrites that origin to the organisation's base URL, e.g.
 *
 *   ADDIN_BASE_URL=https://intranet.example/sakip npm run build
 *
 * Used by webpack.config.js; tested in tests/manifest.test.ts.
 */
'use strict';

/** Origin every URL in manifest.xml starts with during development. */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * Checks a base URL given for production and returns it without a trailing slash.
 * Throws (a configuration error, caught at build time) unless it is an absolute https URL without query
 * or fragment, because Office loads add-ins only over HTTPS.
 * @example normalizeBaseUrl('https://intranet.example/sakip/') → 'https://intranet.example/sakip'
 */
function normalizeBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${baseUrl}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https: "${baseUrl}"`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${baseUrl}"`);
  return url.href.replace(/\/+$/, '');
}

/**
 * Returns manifest XML with every occurrence of https://localhost:3000 replaced by the given base URL
 * (XML-escaped, trailing slash removed).
 * @example rewriteManifestUrls('<x DefaultValue="https://localhost:3000/taskpane.html"/>', 'https://a.example/s')
 *   → '<x DefaultValue="https://a.example/s/taskpane.html"/>'
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return xml.split(DEV_BASE_URL).join(base);
}

/**
 * Returns JSON text (functions.json, whose help URLs point at the development server) with every
 * https://localhost:3000 replaced by the given base URL, escaped for a JSON string.
 * @example rewriteJsonUrls('{"helpUrl":"https://localhost:3000/assets/fungsi.html"}', 'https://a.example/s')
 *   → '{"helpUrl":"https://a.example/s/assets/fungsi.html"}'
 */
function rewriteJsonUrls(json, baseUrl) {
  const base = JSON.stringify(normalizeBaseUrl(baseUrl)).slice(1, -1);
  return json.split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls, rewriteJsonUrls };
