/**
 * What the online validator (`npm run validate`) cannot check offline, and what it does not check at all:
 * the manifest is well-formed, in schema order, consistent with itself (resource ids, one shared runtime),
 * and points at files the build really emits, with icons of the declared size.
 */
import * as fs from 'fs';
import * as path from 'path';
import { drawIcon, encodePng, ICON_SIZES, iconPath } from '../scripts/make-icons';
import {
  DEV_BASE_URL,
  normalizeBaseUrl,
  rewriteJsonUrls,
  rewriteManifestUrls,
} from '../scripts/manifest-url';
import { childrenNamed, descendants, onlyChild, parseXml, XmlElement, XmlSyntaxError } from './support/xml';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parseXml(MANIFEST_XML);

/** Child order of the schema's sequences (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd). */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const OFFICE_APP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
];
const VERSION_OVERRIDES_ORDER = [
  'Description',
  'Requirements',
  'Hosts',
  'Resources',
  'WebApplicationInfo',
  'EquivalentAddins',
];
const HOST_ORDER = ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'];
const FORM_FACTOR_ORDER = ['GetStarted', 'FunctionFile', 'ExtensionPoint'];
const CUSTOM_FUNCTIONS_ORDER = ['Script', 'Page', 'Metadata', 'Namespace'];
const RESOURCES_ORDER = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'];
const GROUP_ORDER = ['Label', 'Icon', 'Control'];
const CONTROL_ORDER = ['Label', 'Supertip', 'Icon', 'Action'];
const SHOW_TASKPANE_ORDER = ['TaskpaneId', 'SourceLocation', 'Title'];

/** Names of children that break the sequence (unknown, repeated where not allowed, or out of order). */
function orderViolations(element: XmlElement, sequence: string[], repeatable: string[] = []): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const child of element.children) {
    const index = sequence.indexOf(child.name);
    if (index < 0) problems.push(`${child.name} is not a child of ${element.name}`);
    else if (index < last || (index === last && !repeatable.includes(child.name)))
      problems.push(`${child.name} (line ${child.line}) is out of order in ${element.name}`);
    else last = index;
  }
  return problems;
}

const versionOverrides = onlyChild(manifest, 'VersionOverrides');
const resources = onlyChild(versionOverrides, 'Resources');
const host = onlyChild(onlyChild(versionOverrides, 'Hosts'), 'Host');
const desktop = onlyChild(host, 'DesktopFormFactor');
const customFunctions = onlyChild(onlyChild(host, 'AllFormFactors'), 'ExtensionPoint');
const showTaskpane = descendants(desktop).filter((e) => e.name === 'Action')[0];

/** Resources by id, with the group they are defined in. */
const resourceById = new Map<string, { group: string; value: string }>();
for (const group of resources.children) {
  for (const item of group.children) {
    if (resourceById.has(item.attributes.id)) throw new Error(`resource ${item.attributes.id} defined twice`);
    resourceById.set(item.attributes.id, { group: group.name, value: item.attributes.DefaultValue });
  }
}
const resourceValue = (id: string): string => {
  const found = resourceById.get(id);
  if (!found) throw new Error(`resource ${id} is not defined`);
  return found.value;
};

/** Elements referencing a resource, with the resource group their element type requires. */
function residReferences(): { element: XmlElement; resid: string; group: string }[] {
  return descendants(versionOverrides)
    .filter((e) => e.attributes.resid !== undefined)
    .map((e) => {
      const group =
        e.name === 'bt:Image'
          ? 'bt:Images'
          : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(e.name)
            ? 'bt:Urls'
            : e.name === 'Description'
              ? 'bt:LongStrings'
              : 'bt:ShortStrings';
      return { element: e, resid: e.attributes.resid, group };
    });
}

/** Every URL the manifest declares, with where it is declared. */
function declaredUrls(root: XmlElement): { where: string; url: string }[] {
  const urlElements = [
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'SourceLocation',
    'bt:Url',
    'bt:Image',
  ];
  return descendants(root)
    .filter((e) => urlElements.includes(e.name) && e.attributes.DefaultValue !== undefined)
    .map((e) => ({ where: `${e.name} line ${e.line}`, url: e.attributes.DefaultValue }));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The source file that makes each development URL path exist in dist/. */
function sourceOfDevPath(urlPath: string): string {
  const emitted: Record<string, string> = {
    'taskpane.html': 'src/taskpane/taskpane.html',
    'functions.js': 'src/functions/functions.ts',
    'functions.json': 'src/functions/functions.ts',
  };
  return emitted[urlPath] ?? urlPath;
}

describe('mini XML reader (used below)', () => {
  it('reads elements, attributes and entities in document order', () => {
    const doc = parseXml('<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2"><b/><c>t&#233;</c></a>');
    expect(doc.attributes.x).toBe('1 & 2');
    expect(doc.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(doc.children[1].text).toBe('té');
  });

  it.each([
    ['a mismatched closing tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['a bare ampersand', '<a>R&D</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['two root elements', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['"--" inside a comment', '<a><!-- x -- y --></a>'],
    ['a late XML declaration', '<a/><?xml version="1.0"?>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });
});

describe('manifest.xml', () => {
  it('is a task pane add-in manifest for Excel (Workbook)', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(manifest.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(childrenNamed(onlyChild(manifest, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual([
      'Workbook',
    ]);
    expect(host.attributes['xsi:type']).toBe('Workbook');
    expect(versionOverrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
  });

  it('has a fixed GUID id and a four-part version', () => {
    expect(onlyChild(manifest, 'Id').text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(onlyChild(manifest, 'Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it('keeps the children of OfficeApp in schema order, with every required one', () => {
    expect(orderViolations(manifest, OFFICE_APP_ORDER)).toEqual([]);
    const present = manifest.children.map((c) => c.name);
    expect(OFFICE_APP_REQUIRED.filter((name) => !present.includes(name))).toEqual([]);
  });

  it('keeps VersionOverrides, Host, form factors, Resources and the ribbon button in schema order', () => {
    const group = descendants(desktop).find((e) => e.name === 'Group');
    const control = descendants(desktop).find((e) => e.name === 'Control');
    expect(group && control && showTaskpane).toBeTruthy();
    expect([
      ...orderViolations(versionOverrides, VERSION_OVERRIDES_ORDER),
      ...orderViolations(host, HOST_ORDER),
      ...orderViolations(desktop, FORM_FACTOR_ORDER, ['ExtensionPoint']),
      ...orderViolations(customFunctions, CUSTOM_FUNCTIONS_ORDER),
      ...orderViolations(resources, RESOURCES_ORDER),
      ...orderViolations(group as XmlElement, GROUP_ORDER, ['Control']),
      ...orderViolations(control as XmlElement, CONTROL_ORDER),
      ...orderViolations(showTaskpane, SHOW_TASKPANE_ORDER),
    ]).toEqual([]);
  });

  it('defines every referenced resource, in the group its element needs, and no unused one', () => {
    const references = residReferences();
    const wrong = references
      .filter(({ resid, group }) => resourceById.get(resid)?.group !== group)
      .map(
        ({ element, resid, group }) => `${element.name} line ${element.line}: ${resid} should be in ${group}`,
      );
    expect(wrong).toEqual([]);
    const used = new Set(references.map((r) => r.resid));
    expect([...resourceById.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps resource ids within 32 characters and strings within the schema limits', () => {
    expect([...resourceById.keys()].filter((id) => id.length > 32)).toEqual([]);
    for (const item of onlyChild(resources, 'bt:ShortStrings').children) {
      expect(item.attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    }
    for (const item of onlyChild(resources, 'bt:LongStrings').children) {
      expect(item.attributes.DefaultValue.length).toBeLessThanOrEqual(250);
    }
    expect(onlyChild(manifest, 'Description').attributes.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('runs task pane, ribbon and custom functions in one long-lived shared runtime', () => {
    const runtimes = childrenNamed(onlyChild(host, 'Runtimes'), 'Runtime');
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0];
    expect(runtime.attributes.lifetime).toBe('long');
    const page = onlyChild(onlyChild(customFunctions, 'Page'), 'SourceLocation');
    const functionFile = onlyChild(desktop, 'FunctionFile');
    const taskpaneSource = onlyChild(showTaskpane, 'SourceLocation');
    expect([page, functionFile, taskpaneSource].map((e) => e.attributes.resid)).toEqual([
      runtime.attributes.resid,
      runtime.attributes.resid,
      runtime.attributes.resid,
    ]);
    expect(showTaskpane.attributes['xsi:type']).toBe('ShowTaskpane');
    // "In the ancestor <Host> element that has a descendant <Runtime> element that is set to a long
    // lifetime, none of the descendant <Action> elements should have a <TaskpaneID> child element"
    // (configure-your-add-in-to-use-a-shared-runtime#good-practice-avoid-multiple-task-panes).
    expect(descendants(host).filter((e) => e.name.toLowerCase() === 'taskpaneid')).toEqual([]);
    const defaultPage = onlyChild(onlyChild(manifest, 'DefaultSettings'), 'SourceLocation');
    expect(resourceValue(runtime.attributes.resid)).toBe(defaultPage.attributes.DefaultValue);
  });

  it('registers the custom functions under the namespace SAKIP with script and metadata', () => {
    expect(customFunctions.attributes['xsi:type']).toBe('CustomFunctions');
    expect(resourceValue(onlyChild(customFunctions, 'Namespace').attributes.resid)).toBe('SAKIP');
    const script = onlyChild(onlyChild(customFunctions, 'Script'), 'SourceLocation').attributes.resid;
    const metadata = onlyChild(onlyChild(customFunctions, 'Metadata'), 'SourceLocation').attributes.resid;
    expect(resourceValue(script)).toBe(`${DEV_BASE_URL}/functions.js`);
    expect(resourceValue(metadata)).toBe(`${DEV_BASE_URL}/functions.json`);
  });

  it('requires SharedRuntime 1.1 (and the API levels the README names) in the top-level Requirements', () => {
    const sets = childrenNamed(onlyChild(onlyChild(manifest, 'Requirements'), 'Sets'), 'Set');
    const versions = Object.fromEntries(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion]));
    expect(versions).toEqual({ SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3', ExcelApi: '1.12' });
  });

  it('puts a button that shows the task pane on the Home tab', () => {
    const tab = descendants(desktop).find((e) => e.name === 'OfficeTab');
    expect(tab?.attributes.id).toBe('TabHome');
    const surface = childrenNamed(desktop, 'ExtensionPoint');
    expect(surface.map((e) => e.attributes['xsi:type'])).toEqual(['PrimaryCommandSurface']);
  });

  it('speaks Indonesian: locale id-ID, name "SAKIP untuk Excel"', () => {
    expect(onlyChild(manifest, 'DefaultLocale').text).toBe('id-ID');
    expect(onlyChild(manifest, 'DisplayName').attributes.DefaultValue).toBe('SAKIP untuk Excel');
    expect(onlyChild(manifest, 'Description').attributes.DefaultValue).toMatch(/LKjIP/);
  });

  it('uses only https URLs, all on the development server', () => {
    const urls = declaredUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter(({ url }) => !url.startsWith(`${DEV_BASE_URL}/`))).toEqual([]);
  });

  it('points only at files the build emits', () => {
    const missing = declaredUrls(manifest)
      .map(({ where, url }) => ({ where, file: sourceOfDevPath(url.slice(DEV_BASE_URL.length + 1)) }))
      .filter(({ file }) => !fs.existsSync(path.join(ROOT, file)));
    expect(missing).toEqual([]);
  });

  it('declares icons whose PNG files have the declared pixel size', () => {
    const declared: { url: string; size: number }[] = [
      { url: onlyChild(manifest, 'IconUrl').attributes.DefaultValue, size: 32 },
      { url: onlyChild(manifest, 'HighResolutionIconUrl').attributes.DefaultValue, size: 64 },
      ...descendants(versionOverrides)
        .filter((e) => e.name === 'bt:Image' && e.attributes.size !== undefined)
        .map((e) => ({ url: resourceValue(e.attributes.resid), size: Number(e.attributes.size) })),
    ];
    expect(new Set(declared.map((d) => d.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of declared) {
      const file = path.join(ROOT, url.slice(DEV_BASE_URL.length + 1));
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });
});

describe('assets', () => {
  it.each(ICON_SIZES.map((size) => [size]))('icon-%i.png is what scripts/make-icons.js draws', (size) => {
    expect(fs.readFileSync(iconPath(size)).equals(encodePng(size, size, drawIcon(size)))).toBe(true);
  });
});

describe('taskpane.html', () => {
  const html = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string): string[] =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((parts) => parts[0] === name)
      ?.slice(1) ?? [];

  it('loads Office.js from Microsoft CDN in the head, after the small entry and before the functions', () => {
    const scripts = [...html.matchAll(/<script ([^>]*)><\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      'defer src="taskpane.js"',
      'defer data-office-js src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"',
      'defer src="functions.js"',
    ]);
    expect(html.indexOf('office.js')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain('<div id="root"></div>');
  });

  it('allows scripts only from itself and the Office CDN, network only to itself, no eval', () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('script-src')).toEqual([
      "'self'",
      'https://appsforoffice.microsoft.com',
      'https://*.cdn.office.net',
    ]);
    expect(directive('connect-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('production URL rewrite (ADDIN_BASE_URL)', () => {
  const base = 'https://intranet.example/sakip';
  const rewritten = parseXml(rewriteManifestUrls(MANIFEST_XML, `${base}/`));

  it('moves every URL to the base URL and keeps the manifest well-formed', () => {
    const urls = declaredUrls(rewritten);
    expect(urls).toHaveLength(declaredUrls(manifest).length);
    expect(urls.filter(({ url }) => !url.startsWith(`${base}/`))).toEqual([]);
    expect(rewriteManifestUrls(MANIFEST_XML, base)).not.toContain(DEV_BASE_URL);
  });

  it('keeps paths: the task pane is served from <base>/taskpane.html', () => {
    const page = onlyChild(onlyChild(rewritten, 'DefaultSettings'), 'SourceLocation');
    expect(page.attributes.DefaultValue).toBe(`${base}/taskpane.html`);
  });

  it('escapes characters that are special in XML', () => {
    const xml = rewriteManifestUrls(`<a u="${DEV_BASE_URL}/x"/>`, 'https://host.example/a&b');
    expect(parseXml(xml).attributes.u).toBe('https://host.example/a&b/x');
  });

  it('rewrites the help URLs of functions.json as JSON strings', () => {
    const json = JSON.stringify({
      functions: [{ id: 'CAPAIAN', helpUrl: `${DEV_BASE_URL}/assets/fungsi.html#capaian` }],
    });
    const rewritten = JSON.parse(rewriteJsonUrls(json, 'https://host.example/a"b/'));
    expect(rewritten.functions[0].helpUrl).toBe('https://host.example/a%22b/assets/fungsi.html#capaian');
  });

  it.each([
    ['plain http', 'http://intranet.example/sakip'],
    ['no URL at all', 'intranet/sakip'],
    ['a query string', 'https://intranet.example/?x=1'],
  ])('refuses %s', (_what, url) => {
    expect(() => normalizeBaseUrl(url)).toThrow(/ADDIN_BASE_URL/);
  });
});
