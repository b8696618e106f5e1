import { loadCorpus } from './corpus-table';
import { evaluate, summarise } from './evaluate';

/**
 * The goals of issue 19 on the real tables of tests/fixtures/real: every transcription recognised
 * with its roles, every arithmetic error the independent oracle finds reported, no galat on a line the
 * oracle finds clean — with figures stored as the document's text and as numbers alike.
 * `npm run corpus` prints the same verdicts with what went wrong.
 */
const corpus = loadCorpus();

describe('real tables (tests/fixtures/real)', () => {
  it('holds at least 30 tables from at least 15 units, of every kind', () => {
    const s = summarise(corpus, []);
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(s.units).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((t) => t.kind))).toEqual(new Set(['anggaran', 'kinerja', 'efisiensi', 'skm']));
  });

  describe.each(['as printed', 'stored the other way'] as const)('figures %s', (how) => {
    const verdicts = corpus.map((t) =>
      evaluate(t, how === 'as printed' ? t.store : t.store === 'text' ? 'number' : 'text'),
    );

    it('recognises at least 95 % of the tables with every role in its column', () => {
      const s = summarise(corpus, verdicts);
      expect(s.recognisedShare).toBeGreaterThanOrEqual(0.95);
    });

    it.each(verdicts.map((v) => [v.id, v] as const))(
      '%s: range, kind, roles, errors and no false galat',
      (_id, v) => {
        expect({ kind: v.foundKind, range: v.foundRange, roleProblems: v.roleProblems }).toEqual({
          kind: v.kind,
          range: v.expectedRange,
          roleProblems: [],
        });
        expect(v.missed).toEqual([]);
        expect(v.falseGalat.map((f) => `${f.rule} ${f.cell}: ${f.message}`)).toEqual([]);
      },
    );

    it('finds errors in the corpus at all (the oracle is not vacuous)', () => {
      const s = summarise(corpus, verdicts);
      expect(s.errorsExpected).toBeGreaterThanOrEqual(30);
      expect(s.errorsFound).toBe(s.errorsExpected);
      expect(s.cleanTables).toBeGreaterThan(0);
    });
  });
});
