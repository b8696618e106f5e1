import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { PANEL } from '../../core/messages/pane';
import { REKAP_PANE } from '../../core/messages/rekap';
import type { Download } from '../services/file-service';
import { MACRO_ENABLED_TYPE, WORKBOOK_TYPE } from '../services/media-types';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The native picker speaks the browser's language; a Fluent button opens it instead.
  input: { display: 'none' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface FileBarProps {
  fileName?: string;
  opening: boolean;
  download?: Download;
  /** One file to check and susun, or several for a rekap. */
  onOpen: (files: File[]) => void;
}

/**
 * File mode: open an .xlsx (it stays in the page) and download the result once something was written;
 * or open several at once for their rekap.
 */
export function FileBar({ fileName, opening, download, onOpen }: FileBarProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar}>
      <Text>{PANEL.fileIntro}</Text>
      <Text size={200}>{REKAP_PANE.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={opening} onClick={() => picker.current?.click()}>
          {PANEL.fileOpen}
        </Button>
      </div>
      <input
        ref={picker}
        aria-label={PANEL.fileOpen}
        className={styles.input}
        type="file"
        multiple
        accept={`.xlsx,.xlsm,${WORKBOOK_TYPE},${MACRO_ENABLED_TYPE}`}
        disabled={opening}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared so that opening the same file again (after editing it) fires a change again.
          e.currentTarget.value = '';
          if (files.length > 0) onOpen(files);
        }}
      />
      <Text data-testid="file-name">{fileName ? `${PANEL.fileOpened}: ${fileName}` : PANEL.fileNone}</Text>
      {download && (
        <Text>
          {PANEL.fileResultReady}{' '}
          <Link href={download.url} download={download.fileName}>
            {PANEL.fileDownload} ({download.fileName})
          </Link>
        </Text>
      )}
    </div>
  );
}
