import { Link, ProgressBar, Text } from '@fluentui/react-components';
import { PANEL } from '../../core/messages/pane';
import { REKAP_PANE } from '../../core/messages/rekap';
import type { RekapView } from '../services/rekap-files';
import { useSectionStyles } from './styles';

export interface RekapSectionProps {
  running: boolean;
  /** 0 to 1 while running. */
  progress: number;
  /** Files being checked. */
  total: number;
  view?: RekapView;
}

/**
 * File mode with several files: progress while they are checked, then the rekap workbook's download
 * link, the units with their findings (most galat first), and the files not read or left alone.
 */
export function RekapSection({ running, progress, total, view }: RekapSectionProps) {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-label={REKAP_PANE.judulDaftar}>
      {running && (
        <div className={styles.group}>
          <Text>{REKAP_PANE.berjalan(Math.round(progress * total), total)}</Text>
          <ProgressBar value={progress} />
        </div>
      )}
      {view && !running && (
        <>
          <Text weight="semibold" data-testid="rekap-summary">
            {REKAP_PANE.ringkasan(view.units.length, view.unreadable.length)}
          </Text>
          <Text>
            {REKAP_PANE.siap}{' '}
            <Link href={view.download.url} download={view.download.fileName}>
              {REKAP_PANE.unduh}
            </Link>
          </Text>
          <Text className={styles.muted}>{REKAP_PANE.satuBerkas}</Text>
          {view.units.length > 0 && (
            <div className={styles.group}>
              <Text as="h2" size={400} weight="semibold">
                {REKAP_PANE.judulDaftar}
              </Text>
              <ul className={styles.list}>
                {view.units.map((u) => (
                  <li key={u.file} className={styles.item} data-unit={u.unit}>
                    <Text weight="semibold">{u.unit}</Text>
                    <Text className={u.galat > 0 ? styles.galat : undefined}>{PANEL.summaryLine(u)}</Text>
                    <Text size={200} className={styles.muted}>
                      {u.year === undefined ? u.file : `${u.file} · ${u.year}`}
                    </Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view.unreadable.length > 0 && (
            <div className={styles.group}>
              <Text as="h2" size={400} weight="semibold" className={styles.galat}>
                {REKAP_PANE.tidakTerbaca}
              </Text>
              <ul className={styles.list}>
                {view.unreadable.map((f) => (
                  <li key={f.file} className={styles.item}>
                    <Text>{f.error}</Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view.skipped.length > 0 && (
            <div className={styles.group}>
              <Text as="h2" size={400} weight="semibold">
                {REKAP_PANE.dilewati}
              </Text>
              <ul className={styles.list}>
                {view.skipped.map((s) => (
                  <li key={s.file} className={styles.item}>
                    <Text>{`${s.file}: ${s.reason}`}</Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {!view && !running && <Text className={styles.muted}>{PANEL.fileNone}</Text>}
    </section>
  );
}
