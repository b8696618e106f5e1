import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

/**
 * functions.json as the webpack plugin would generate it from the JSDoc of src/functions/functions.ts,
 * produced here with the same package API (no webpack).
 */
const SOURCE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
const HELP_PAGE = path.join(__dirname, '..', '..', 'assets', 'fungsi.html');

interface ParameterMetadata {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: { requiresParameterAddresses?: boolean };
  parameters: ParameterMetadata[];
  result: { dimensionality?: string; type?: string };
}

let functions: FunctionMetadata[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
});

function fn(id: string): FunctionMetadata {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
}

/** Words of Indonesian prose that English descriptions would not contain. */
const INDONESIAN = /\b(dari|dan|atau|menurut|sebagai|dalam|yang|terhadap|tiap|satu|angka|nilai)\b/i;
const ENGLISH = /\b(the|of|returns?|value|number)\b/i;

describe('functions.json generated from src/functions/functions.ts', () => {
  it('declares exactly the SAKIP functions, id and display name alike', () => {
    expect(functions.map((f) => f.id).sort()).toEqual([
      'ANGKA',
      'CAPAIAN',
      'EFISIENSI',
      'IKM',
      'IKM.DARI.NRR',
      'KATEGORI',
      'KEMAJUAN',
      'MUTU',
      'NRR',
      'PREDIKAT',
      'TERBILANG',
    ]);
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it('describes every function and parameter in Indonesian', () => {
    for (const f of functions) {
      expect(f.description).toMatch(INDONESIAN);
      expect(f.description).not.toMatch(ENGLISH);
      for (const p of f.parameters) {
        expect(p.description).toBeTruthy();
        expect(p.description).not.toMatch(ENGLISH);
      }
    }
  });

  it('links each function to its section of the help page', () => {
    const page = fs.readFileSync(HELP_PAGE, 'utf8');
    for (const f of functions) {
      const anchor = f.id.toLowerCase().replace(/\./g, '-');
      expect(f.helpUrl).toBe(`https://localhost:3000/assets/fungsi.html#${anchor}`);
      expect(page).toContain(`<h2 id="${anchor}">SAKIP.${f.id}</h2>`);
    }
  });

  it('marks the optional parameters, and only those', () => {
    const signature = (id: string) => fn(id).parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(signature('CAPAIAN')).toEqual(['target', 'realisasi', '[polaritas]']);
    expect(signature('KATEGORI')).toEqual(['capaian', '[skala]']);
    expect(signature('IKM')).toEqual(['jawaban', '[penimbang]']);
    expect(signature('NRR')).toEqual(['jawaban']);
    expect(signature('IKM.DARI.NRR')).toEqual(['nrr', '[penimbang]']);
    expect(signature('MUTU')).toEqual(['ikm', '[bentuk]']);
    expect(signature('EFISIENSI')).toEqual(['capaian_kinerja', 'capaian_anggaran', '[metode]']);
    expect(signature('KEMAJUAN')).toEqual(['realisasi', 'target_akhir', '[polaritas]']);
    expect(signature('PREDIKAT')).toEqual(['nilai', '[skala]']);
    expect(signature('TERBILANG')).toEqual(['angka', '[ejaan]']);
    expect(signature('ANGKA')).toEqual(['teks', '[jenis]']);
  });

  it('takes ranges where a range is meant, and spills NRR', () => {
    const matrices = functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === 'matrix').map((p) => `${f.id}.${p.name}`),
    );
    expect(matrices.sort()).toEqual([
      'IKM.DARI.NRR.nrr',
      'IKM.jawaban',
      'KATEGORI.skala',
      'NRR.jawaban',
      'PREDIKAT.skala',
    ]);
    expect(fn('NRR').result.dimensionality).toBe('matrix');
  });

  it('asks Excel for range addresses only where the result is a matrix, as the docs require', () => {
    // "This property must be used in combination with the dimensionality property of the result object,
    // and dimensionality must be set to matrix" (custom-functions-json, requiresParameterAddresses).
    const withAddresses = functions.filter((f) => f.options?.requiresParameterAddresses);
    expect(withAddresses.map((f) => f.id)).toEqual(['NRR']);
    for (const f of withAddresses) expect(f.result.dimensionality).toBe('matrix');
  });
});
