/* global window, setTimeout */
/*
 * Stand-in for Office.js in the browser tests, served in place of the Office CDN script. Runs after
 * `window.__SAKIP_STUB__` (config: host, snapshot, theme) and `window.FakeExcel` (tests/excel/fake-excel.ts,
 * transpiled) are defined in the same response. With host 'Excel' it offers Office.onReady, document
 * settings and Excel.run over the in-memory fake, preloaded with the snapshot; the fake's state is
 * window.__SAKIP_STATE__ so the test can look at what was written and selected, and Office.addin's
 * visibility event, fired by window.__SAKIP_SHOW__(). With host null it is Office.js outside Office:
 * onReady reports no host and there is no Excel.
 */
(function () {
  var config = window.__SAKIP_STUB__;
  var F = window.FakeExcel;

  var state = config.host ? F.stateFromSnapshot(config.snapshot) : undefined;
  window.__SAKIP_STATE__ = state;

  var stored = {};
  var settings = {
    get: function (key) {
      return key in stored ? stored[key] : null;
    },
    set: function (key, value) {
      stored[key] = JSON.parse(JSON.stringify(value));
    },
    remove: function (key) {
      delete stored[key];
    },
    saveAsync: function (callback) {
      setTimeout(function () {
        callback({ status: 'succeeded', value: undefined });
      }, 0);
    },
  };
  window.__SAKIP_SETTINGS__ = stored;

  var info = { host: config.host, platform: config.host ? 'OfficeOnline' : null };
  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: function (callback) {
      if (callback)
        setTimeout(function () {
          callback(info);
        }, 0);
      return Promise.resolve(info);
    },
    context: config.host
      ? {
          requirements: {
            isSetSupported: function () {
              return true;
            },
          },
          document: { settings: settings },
          officeTheme: config.theme,
        }
      : {},
  };

  if (config.host) {
    // The shared runtime's visibility events: the test calls window.__SAKIP_SHOW__() to open the pane.
    var visibilityHandlers = [];
    window.Office.addin = {
      onVisibilityModeChanged: function (handler) {
        visibilityHandlers.push(handler);
        return Promise.resolve(function () {
          return Promise.resolve();
        });
      },
    };
    window.__SAKIP_SHOW__ = function () {
      visibilityHandlers.forEach(function (h) {
        h({ visibilityMode: 'Taskpane' });
      });
    };
    window.Excel = {
      run: function (batch) {
        return Promise.resolve().then(function () {
          return batch(F.fakeContext(state));
        });
      },
    };
    // Inside Excel (shared runtime) the custom functions runtime is there; the functions bundle registers with it.
    var registered = {};
    window.CustomFunctions = {
      associate: function (id, fn) {
        registered[id] = fn;
      },
      Error: function (code, message) {
        this.code = code;
        this.message = message;
      },
      ErrorCode: {
        invalidValue: '#VALUE!',
        notAvailable: '#N/A',
        divisionByZero: '#DIV/0!',
        invalidNumber: '#NUM!',
        nullReference: '#NULL!',
        invalidName: '#NAME?',
        invalidReference: '#REF!',
      },
    };
    window.__SAKIP_FUNCTIONS__ = registered;
  }
})();
