'use strict';
/**
 * A throw-away LibreOffice user profile for headless runs: formulas of .xlsx files are always
 * recalculated on load (never the cached values), and the locale is Indonesian when asked, so
 * `#,##0` shows as 2.702.337.210 as users see it. Used by scripts/render-tables.js and the
 * LibreOffice recalculation test.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/**
 * Creates the profile in a fresh temp directory and returns its `-env:UserInstallation=…` argument
 * and the directory (remove it when done).
 */
function makeLibreOfficeProfile({ locale } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  const items = [
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
  ];
  if (locale) {
    items.push(
      `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>`,
    );
  }
  fs.writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      items.join('\n') +
      '\n</oor:items>\n',
  );
  return { arg: `-env:UserInstallation=file://${dir}`, dir };
}

module.exports = { makeLibreOfficeProfile };
