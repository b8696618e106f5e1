import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { paneText } from '../../core/messages/pane';
import type { Download } from '../services/file-service';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  input: {
    maxWidth: '100%',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export interface FileBarProps {
  fileName?: string;
  opening: boolean;
  download?: Download;
  onOpen: (file: File) => void;
}

/** File mode: open an .xlsx (it stays in the page) and download the result once something was written. */
export function FileBar({ fileName, opening, download, onOpen }: FileBarProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.bar}>
      <Text>{paneText.fileIntro}</Text>
      <label htmlFor={id} className={styles.label}>
        {paneText.fileOpen}
      </label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={opening}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onOpen(file);
        }}
      />
      <Text data-testid="file-name">{fileName ? `${paneText.fileOpened}: ${fileName}` : paneText.fileNone}</Text>
      {download && (
        <Text>
          {paneText.fileResultReady}{' '}
          <Link href={download.url} download={download.fileName}>
            {paneText.fileDownload} ({download.fileName})
          </Link>
        </Text>
      )}
    </div>
  );
}
