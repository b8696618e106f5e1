import { Button, Link, Text } from '@fluentui/react-components';
import { PANEL } from '../../core/messages/pane';
import type { PeriksaView, StrukturItem } from '../services/workbook-service';
import { useSectionStyles } from './styles';

export interface StrukturSectionProps {
  view?: PeriksaView;
  running: boolean;
  onRun: () => void;
  onSelect?: (sheet: string, address: string) => void;
  onTemplate: () => void;
  template?: { written: string[]; skipped: string[] };
}

const KIND: Record<StrukturItem['kind'], string> = {
  anggaran: PANEL.kindAnggaran,
  kinerja: PANEL.kindKinerja,
  efisiensi: PANEL.kindEfisiensi,
  skm: PANEL.kindSkm,
};

/**
 * What was recognised: each table with its sheet, range, row count and report year, each column's role
 * with the evidence for it, the recognition notes; the template button.
 */
export function StrukturSection({
  view,
  running,
  onRun,
  onSelect,
  onTemplate,
  template,
}: StrukturSectionProps) {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-label={PANEL.tabStruktur}>
      <Text>{PANEL.strukturIntro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onRun} disabled={running}>
          {PANEL.strukturRun}
        </Button>
      </div>
      {view && view.tables.length === 0 && <Text>{PANEL.strukturEmpty}</Text>}
      {view && view.tables.length > 0 && (
        <ul className={styles.list}>
          {view.tables.map((t) => (
            <li key={`${t.sheet}!${t.range}`} className={styles.item}>
              <Text weight="semibold">{t.title ?? KIND[t.kind]}</Text>
              <span className={styles.row}>
                <Text className={styles.muted}>
                  {KIND[t.kind]} · {PANEL.tableLine(t.sheet, t.range, t.rows)}
                </Text>
                {onSelect && (
                  <Link
                    as="button"
                    onClick={() => onSelect(t.sheet, t.range)}
                    aria-label={`${PANEL.strukturSelect} ${t.sheet}!${t.range}`}
                  >
                    {PANEL.strukturSelect}
                  </Link>
                )}
              </span>
              {t.year !== undefined && <Text className={styles.muted}>{PANEL.strukturYear(t.year)}</Text>}
              {t.unplaced > 0 && (
                <Text className={styles.peringatan}>{PANEL.strukturUnplaced(t.unplaced)}</Text>
              )}
              {t.columns.length > 0 && (
                <ul className={styles.list} aria-label={`${PANEL.strukturColumns} ${t.sheet}!${t.range}`}>
                  {t.columns.map((c) => (
                    <li key={`${c.column}:${c.role}`}>
                      <Text size={200}>
                        <Text size={200} weight="semibold">
                          {c.column} {c.role}
                        </Text>
                        <span className={styles.muted}>: {c.evidence.join('; ')}</span>
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {view && view.notes.length > 0 && (
        <div className={styles.group}>
          <Text className={styles.groupTitle}>{PANEL.strukturNotes}</Text>
          <ul className={styles.list}>
            {view.notes.map((n, i) => (
              <li key={i} className={styles.item}>
                <span className={styles.row}>
                  {onSelect ? (
                    <Link as="button" onClick={() => onSelect(n.sheet, n.cell)}>
                      {n.sheet}!{n.cell}
                    </Link>
                  ) : (
                    <Text weight="semibold">
                      {n.sheet}!{n.cell}
                    </Text>
                  )}
                </span>
                <Text>{n.message}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.row}>
        <Button onClick={onTemplate} disabled={running}>
          {PANEL.strukturTemplate}
        </Button>
      </div>
      {template && (
        <Text>
          {template.written.length > 0 && `${PANEL.templateWritten}: ${template.written.join(', ')}. `}
          {template.skipped.length > 0 && `${PANEL.templateSkipped}: ${template.skipped.join(', ')}.`}
        </Text>
      )}
    </section>
  );
}
