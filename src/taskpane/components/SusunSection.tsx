import { Button, Field, Link, ProgressBar, Text } from '@fluentui/react-components';
import { PANEL } from '../../core/messages/pane';
import { SUSUN_TABLES } from '../../core/plan/plan-sheets';
import type { TableId } from '../../core/plan/sheet-plan';
import type { LaporanView, SusunView } from '../services/workbook-service';
import { useSectionStyles } from './styles';

/** The tables offered besides 3.8, 3.9 and Catatan Pemeriksaan (which Periksa copies), in report order. */
const OTHER_TABLES: readonly TableId[] = SUSUN_TABLES.filter(
  (t) => t !== '3.8' && t !== '3.9' && t !== 'catatan',
);

export interface SusunSectionProps {
  running: boolean;
  /** 0 to 1 while running. */
  progress: number;
  result?: SusunView;
  onSusun: (tables: TableId[] | undefined) => void;
  onSelect?: (sheet: string, address: string) => void;
  /** The Bab III document: building it, and the last one built. */
  laporanRunning: boolean;
  laporan?: LaporanView;
  onLaporan: () => void;
}

/**
 * "Susun": one button per table and "Semua", progress while writing, then what was written where; and
 * "Unduh Bab III (.docx)" beside them, with the document's link and what it holds once built.
 */
export function SusunSection({
  running,
  progress,
  result,
  onSusun,
  onSelect,
  laporanRunning,
  laporan,
  onLaporan,
}: SusunSectionProps) {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-label={PANEL.tabSusun}>
      <Text>{PANEL.susunIntro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => onSusun(['3.8'])} disabled={running}>
          {PANEL.susunLabel('3.8')}
        </Button>
        <Button appearance="primary" onClick={() => onSusun(['3.9'])} disabled={running}>
          {PANEL.susunLabel('3.9')}
        </Button>
      </div>
      <div className={styles.group}>
        <Text className={styles.groupTitle}>{PANEL.susunOther}</Text>
        <div className={styles.row}>
          {OTHER_TABLES.map((t) => (
            <Button key={t} size="small" onClick={() => onSusun([t])} disabled={running}>
              {PANEL.susunLabel(t)}
            </Button>
          ))}
        </div>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => onSusun(undefined)} disabled={running}>
          {PANEL.susunAll}
        </Button>
        <Button onClick={onLaporan} disabled={running || laporanRunning}>
          {PANEL.laporan}
        </Button>
      </div>
      <Text size={200} className={styles.muted}>
        {PANEL.laporanIntro}
      </Text>
      {laporanRunning && (
        <Field validationMessage={PANEL.laporanRunning} validationState="none">
          <ProgressBar thickness="large" />
        </Field>
      )}
      {laporan && !laporanRunning && (
        <div className={styles.group} data-testid="laporan-summary">
          <Text>
            {PANEL.laporanReady}{' '}
            <Link href={laporan.url} download={laporan.fileName}>
              {PANEL.laporanSave} {laporan.fileName}
            </Link>
          </Text>
          <Text size={200}>
            {PANEL.laporanSummary(laporan.tables.length, laporan.charts, laporan.placeholders)}
          </Text>
          {laporan.skipped.length > 0 && (
            <>
              <Text className={styles.groupTitle}>{PANEL.laporanSkipped}</Text>
              <ul className={styles.list}>
                {laporan.skipped.map((s) => (
                  <li key={s.table} className={styles.item}>
                    <Text size={200}>{s.reason}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {running && (
        <Field validationMessage={PANEL.susunRunning} validationState="none">
          <ProgressBar value={progress} max={1} thickness="large" />
        </Field>
      )}
      {result && !running && (
        <div className={styles.group} data-testid="susun-summary">
          {result.written.length > 0 && (
            <>
              <Text className={styles.groupTitle}>{PANEL.susunWritten}</Text>
              <ul className={styles.list}>
                {result.written.map((w) => (
                  <li key={w.table} className={styles.item}>
                    <span className={styles.row}>
                      <Text>{PANEL.writtenLine(PANEL.tableTitle(w.table), w.sheet, w.rows ?? 0)}</Text>
                      {onSelect && (
                        <Link as="button" onClick={() => onSelect(w.sheet, 'A1')}>
                          {PANEL.susunOpen}
                        </Link>
                      )}
                    </span>
                    {w.wanted !== w.sheet && (
                      <Text className={styles.muted}>{PANEL.renamedNote(w.wanted, w.sheet)}</Text>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.skipped.length > 0 && (
            <>
              <Text className={styles.groupTitle}>{PANEL.susunSkipped}</Text>
              <ul className={styles.list}>
                {result.skipped.map((s) => (
                  <li key={s.table} className={styles.item}>
                    <Text>
                      {PANEL.tableTitle(s.table)}: {s.reason}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.notes.length > 0 && (
            <>
              <Text className={styles.groupTitle}>{PANEL.susunNotes}</Text>
              <ul className={styles.list}>
                {result.notes.map((n, i) => (
                  <li key={i} className={styles.item}>
                    <Text size={200}>{n}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
