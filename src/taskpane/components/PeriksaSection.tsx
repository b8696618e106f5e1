import { Button, Field, Link, Select, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { PANEL } from '../../core/messages/pane';
import type { Severity, Temuan } from '../../core/temuan';
import type { PeriksaView } from '../services/workbook-service';
import { useSectionStyles } from './styles';

const SEVERITIES: readonly Severity[] = ['galat', 'peringatan', 'info'];

export interface PeriksaSectionProps {
  view?: PeriksaView;
  running: boolean;
  onRun: () => void;
  onSelect?: (sheet: string, address: string) => void;
  onCopy: () => void;
  copying: boolean;
}

/** Findings grouped by severity, then by sheet in workbook order. */
export function groupFindings(
  findings: Temuan[],
): Array<{ severity: Severity; sheets: Array<{ sheet: string; findings: Temuan[] }> }> {
  return SEVERITIES.map((severity) => {
    const sheets: Array<{ sheet: string; findings: Temuan[] }> = [];
    for (const f of findings) {
      if (f.severity !== severity) continue;
      let group = sheets.find((s) => s.sheet === f.sheet);
      if (!group) sheets.push((group = { sheet: f.sheet, findings: [] }));
      group.findings.push(f);
    }
    return { severity, sheets };
  }).filter((g) => g.sheets.length > 0);
}

/** "Periksa konsistensi": run, filter by severity, each finding a link to its cell, copy to Catatan. */
export function PeriksaSection({ view, running, onRun, onSelect, onCopy, copying }: PeriksaSectionProps) {
  const styles = useSectionStyles();
  const [filter, setFilter] = useState<Severity | 'semua'>('semua');
  const groups = useMemo(
    () => groupFindings(view ? view.findings.filter((f) => filter === 'semua' || f.severity === filter) : []),
    [view, filter],
  );
  return (
    <section className={styles.section} aria-label={PANEL.tabPeriksa}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onRun} disabled={running}>
          {PANEL.periksaRun}
        </Button>
        {view && view.findings.length > 0 && (
          <Button onClick={onCopy} disabled={copying || running}>
            {PANEL.periksaCopy}
          </Button>
        )}
      </div>
      {!view && <Text className={styles.muted}>{PANEL.periksaNotRun}</Text>}
      {view && (
        <Text weight="semibold" data-testid="periksa-summary">
          {PANEL.summaryLine(view.summary)}
        </Text>
      )}
      {view && view.findings.length === 0 && <Text>{PANEL.periksaClean}</Text>}
      {view && view.findings.length > 0 && (
        <>
          <Field label={PANEL.periksaFilterLabel}>
            <Select value={filter} onChange={(_e, data) => setFilter(data.value as Severity | 'semua')}>
              <option value="semua">{PANEL.periksaFilterAll}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {PANEL.countLabel(PANEL.severityLabel(s), view.summary[s])}
                </option>
              ))}
            </Select>
          </Field>
          {onSelect && <Text className={styles.muted}>{PANEL.periksaSelectHint}</Text>}
          {groups.map((g) => (
            <div key={g.severity} className={styles.group}>
              <Text as="h2" size={400} weight="semibold" className={styles[g.severity]}>
                {PANEL.countLabel(
                  PANEL.severityLabel(g.severity),
                  g.sheets.reduce((n, s) => n + s.findings.length, 0),
                )}
              </Text>
              {g.sheets.map((s) => (
                <div key={s.sheet} className={styles.group}>
                  <Text as="h3" className={styles.groupTitle}>
                    {s.sheet}
                  </Text>
                  <ul className={styles.list}>
                    {s.findings.map((f, i) => (
                      <li key={`${f.rule}-${f.cell}-${i}`} className={styles.item} data-rule={f.rule}>
                        <span className={styles.row}>
                          {onSelect ? (
                            <Link
                              as="button"
                              onClick={() => onSelect(f.sheet, f.cell)}
                              aria-label={PANEL.selectCellLabel(f.sheet, f.cell)}
                            >
                              {f.cell}
                            </Link>
                          ) : (
                            <Text weight="semibold">{f.cell}</Text>
                          )}
                          <Text size={200} className={styles.muted}>
                            {f.rule}
                          </Text>
                        </span>
                        <Text>{f.message}</Text>
                        {(f.expected !== undefined || f.actual !== undefined) && (
                          <Text size={200} className={styles.muted}>
                            {f.expected !== undefined && `${PANEL.periksaExpected} ${f.expected}`}
                            {f.expected !== undefined && f.actual !== undefined && ' · '}
                            {f.actual !== undefined && `${PANEL.periksaActual} ${f.actual}`}
                          </Text>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
