/** Types of scripts/manifest-url.js (plain CommonJS, required by webpack.config.js). */
export declare const DEV_BASE_URL: 'https://localhost:3000';
export declare function normalizeBaseUrl(baseUrl: string): string;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
export declare function rewriteJsonUrls(json: string, baseUrl: string): string;
