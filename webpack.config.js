/**
 * Builds the add-in into dist/: taskpane.html (loading BOTH bundles, because the shared runtime loads the
 * custom functions from the task pane page; the template writes their script tags itself, in the order
 * the shared runtime needs), taskpane.js (the small entry), pane.*.js and file-mode.*.js (the pane and
 * its file mode, loaded when needed), functions.js, functions.json (generated from the JSDoc of
 * src/functions/functions.ts), assets/ and manifest.xml.
 *
 *   npm run build                                    production, URLs https://localhost:3000
 *   ADDIN_BASE_URL=https://intranet.example/sakip npm run build   production for that server
 *   npm run dev-server                               https://localhost:3000 with the Office dev certificate
 *
 * The build itself works offline and needs no certificate; only `webpack serve` asks for one.
 */
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { normalizeBaseUrl, rewriteJsonUrls, rewriteManifestUrls } = require('./scripts/manifest-url');

const DEV_PORT = 3000;

/** Dev-server HTTPS options from office-addin-dev-certs (installs a trusted localhost certificate once). */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/** Rewrites development URLs in generated JSON assets (the help URLs of functions.json) to the base URL. */
class RewriteJsonUrlsPlugin {
  constructor(baseUrl, files) {
    this.baseUrl = baseUrl;
    this.files = files;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RewriteJsonUrlsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'RewriteJsonUrlsPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const file of this.files.filter((name) => assets[name])) {
            const text = assets[file].source().toString();
            compilation.updateAsset(file, new webpack.sources.RawSource(rewriteJsonUrls(text, this.baseUrl)));
          }
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl =
    production && process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : null;

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.ts',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The .xlsx adapter (file mode of the pane) uses Buffer, which browsers lack: the `buffer` package supplies it.
      fallback: { buffer: require.resolve('buffer/') },
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS in a chunk of its own name, so it is plain that only file mode loads it.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 10 },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type errors are reported by `npm run typecheck`; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new CustomFunctionsMetadataPlugin({
        input: './src/functions/functions.ts',
        output: 'functions.json',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions'],
        inject: false,
      }),
      ...(baseUrl ? [new RewriteJsonUrlsPlugin(baseUrl, ['functions.json'])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (baseUrl ? rewriteManifestUrls(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    // React + Fluent (the pane) and ExcelJS (file mode) make chunks larger than webpack's web-page default;
    // each is loaded once, when needed, and cached.
    performance: { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
    ...(serving && {
      devServer: {
        port: DEV_PORT,
        // Excel fetches functions.json from its own origin (Excel on the web).
        headers: { 'Access-Control-Allow-Origin': '*' },
        server: { type: 'https', options: await devServerHttpsOptions() },
        hot: false,
        liveReload: true,
        client: { overlay: { errors: true, warnings: false } },
      },
    }),
  };
};
