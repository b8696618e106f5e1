/**
 * webpack.config.js, read as data (no compilation): both bundles go into the one shared-runtime page, the
 * build never asks for a development certificate, and ADDIN_BASE_URL rewrites the copied manifest.
 */
import type { Configuration } from 'webpack';

const getHttpsServerOptions = jest.fn(async () => ({ ca: 'CA', key: 'KEY', cert: 'CERT' }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

/** webpack's Configuration plus the dev-server part (typed by webpack-dev-server, not imported here). */
type BuildConfig = Configuration & { devServer?: Record<string, unknown> };
type Configure = (env: Record<string, unknown>, argv: { mode: string }) => Promise<BuildConfig>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require('../webpack.config.js') as Configure;

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => Buffer | string;
}

function plugin<T>(config: Configuration, name: string): T {
  const found = (config.plugins ?? []).find((p) => p?.constructor.name === name);
  if (!found) throw new Error(`no ${name} in the webpack config`);
  return found as T;
}

function manifestPattern(config: Configuration): CopyPattern {
  const copy = plugin<{ patterns: CopyPattern[] }>(config, 'CopyPlugin');
  const pattern = copy.patterns.find((p) => p.from === 'manifest.xml');
  if (!pattern) throw new Error('manifest.xml is not copied');
  return pattern;
}

const savedBaseUrl = process.env.ADDIN_BASE_URL;
afterEach(() => {
  if (savedBaseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = savedBaseUrl;
  getHttpsServerOptions.mockClear();
});

const DEV_XML = '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>';

describe('webpack.config.js', () => {
  it('builds the task pane and the functions into taskpane.html, the shared-runtime page', async () => {
    const config = await configure({ WEBPACK_BUILD: true }, { mode: 'production' });
    expect(config.entry).toEqual({
      taskpane: './src/taskpane/index.ts',
      functions: './src/functions/functions.ts',
    });
    expect(config.output?.filename).toBe('[name].js');
    const html = plugin<{ userOptions: { filename: string; template: string; chunks: string[] } }>(
      config,
      'HtmlWebpackPlugin',
    );
    // The template writes the script tags itself: the order of the shared runtime is decided there.
    expect(html.userOptions).toMatchObject({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      inject: false,
    });
    expect([...html.userOptions.chunks].sort()).toEqual(['functions', 'taskpane']);
    const metadata = plugin<{ options: { input: string; output: string } }>(
      config,
      'CustomFunctionsMetadataPlugin',
    );
    expect(metadata.options).toEqual({ input: './src/functions/functions.ts', output: 'functions.json' });
  });

  it('never asks for a development certificate when it only builds', async () => {
    const production = await configure({ WEBPACK_BUILD: true }, { mode: 'production' });
    const development = await configure({ WEBPACK_BUILD: true }, { mode: 'development' });
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
    expect(production.devServer).toBeUndefined();
    expect(development.devServer).toBeUndefined();
  });

  it('serves https on port 3000 with the dev certificate under `webpack serve`', async () => {
    const config = await configure({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer).toMatchObject({
      port: 3000,
      server: { type: 'https', options: { ca: 'CA', key: 'KEY', cert: 'CERT' } },
    });
  });

  it('uses no eval-based source maps, which the page CSP would block', async () => {
    const development = await configure({}, { mode: 'development' });
    expect(String(development.devtool)).not.toMatch(/eval/);
  });

  it('copies the manifest unchanged without ADDIN_BASE_URL', async () => {
    delete process.env.ADDIN_BASE_URL;
    const config = await configure({ WEBPACK_BUILD: true }, { mode: 'production' });
    const transform = manifestPattern(config).transform;
    expect(transform ? transform(Buffer.from(DEV_XML)).toString() : DEV_XML).toBe(DEV_XML);
  });

  it('rewrites the copied manifest to ADDIN_BASE_URL in production', async () => {
    process.env.ADDIN_BASE_URL = 'https://intranet.example/sakip/';
    const config = await configure({ WEBPACK_BUILD: true }, { mode: 'production' });
    const transform = manifestPattern(config).transform;
    expect(transform?.(Buffer.from(DEV_XML)).toString()).toBe(
      '<SourceLocation DefaultValue="https://intranet.example/sakip/taskpane.html"/>',
    );
  });

  it('refuses a base URL that is not https before building anything', async () => {
    process.env.ADDIN_BASE_URL = 'http://intranet.example/sakip';
    await expect(configure({ WEBPACK_BUILD: true }, { mode: 'production' })).rejects.toThrow(/https/);
  });
});
