import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PANEL } from '../../core/messages/pane';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  line: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface HeaderProps {
  mode: 'excel' | 'file';
  unit?: string;
  year?: number;
  /** Shown instead of the unit and year (a rekap of several files is no one unit). */
  line?: string;
}

/** The pane's title with the unit and year found in the workbook. */
export function Header({ mode, unit, year, line }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <Text as="h1" size={500} weight="semibold">
          {PANEL.appTitle}
        </Text>
        {mode === 'file' && (
          <Badge appearance="tint" color="informative">
            {PANEL.modeFile}
          </Badge>
        )}
      </div>
      <Text className={styles.line} data-testid="header-line">
        {line ?? PANEL.headerLine(unit, year)}
      </Text>
    </header>
  );
}
