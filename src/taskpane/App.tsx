import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { PANEL } from '../core/messages/pane';
import { REKAP_PANE } from '../core/messages/rekap';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { TableId } from '../core/plan/sheet-plan';
import { ErrorBar } from './components/ErrorBar';
import { FileBar } from './components/FileBar';
import { Header } from './components/Header';
import { PengaturanSection } from './components/PengaturanSection';
import { PeriksaSection } from './components/PeriksaSection';
import { RekapSection } from './components/RekapSection';
import { StrukturSection } from './components/StrukturSection';
import { SusunSection } from './components/SusunSection';
import { useTask } from './hooks/use-task';
import type { FileService } from './services/file-service';
import type { WorkbookService } from './services/workbook-service';

/**
 * Offers a file the page made to the user, as a link click does: the browser saves it (Excel on the
 * web and the file mode); where the host shows no save dialog, the link under the button stays.
 */
function saveFile(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
}

/** The page itself: no browser margin around the pane (the pane paints its own themed background). */
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  tabs: {
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
});

type Section = 'struktur' | 'periksa' | 'susun' | 'pengaturan';

export interface AppProps {
  /** The open Excel workbook, or an .xlsx file in a plain browser (then `file` is the same service). */
  service: WorkbookService;
  file?: FileService;
  dark: boolean;
  /**
   * Inside Excel: how many times the pane has been shown. The pane reads the workbook when it is first
   * shown and again each time it is opened after being closed (the workbook may have changed meanwhile).
   */
  shown?: number;
}

/** The task pane: header, file bar (file mode), tabs Struktur · Periksa · Susun · Pengaturan. */
export function App({ service, file, dark, shown }: AppProps) {
  useBodyStyles();
  const styles = useStyles();
  const [section, setSection] = useState<Section>('periksa');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState(0);
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  // File mode with several files opened at once: how many, and the share checked so far.
  const [many, setMany] = useState<number | undefined>(undefined);
  const [rekapProgress, setRekapProgress] = useState(0);

  const periksa = useTask(useCallback(() => service.periksa(settings), [service, settings]));
  const susun = useTask(
    useCallback(
      (tables: TableId[] | undefined) => service.susun(settings, tables, setProgress),
      [service, settings],
    ),
  );
  const laporan = useTask(
    useCallback(async () => {
      const view = await service.laporan(settings);
      saveFile(view.url, view.fileName);
      return view;
    }, [service, settings]),
  );
  const template = useTask(useCallback(() => service.createTemplate(), [service]));
  const select = useTask(
    useCallback((sheet: string, address: string) => service.select!(sheet, address), [service]),
  );
  const saveSettings = useTask(
    useCallback(
      async (next: Settings) => {
        await service.saveSettings(next);
        setSettings(next);
      },
      [service],
    ),
  );
  const loadSettings = useTask(useCallback(async () => setSettings(await service.loadSettings()), [service]));
  const open = useTask(
    useCallback(
      async (f: File) => {
        setFileName(await file!.open(f));
      },
      [file],
    ),
  );
  const rekap = useTask(
    useCallback(
      (files: File[]) => {
        setRekapProgress(0);
        return file!.rekap(files, settings, (done, total) => setRekapProgress(done / total));
      },
      [file, settings],
    ),
  );
  const onOpen = (files: File[]) => {
    if (files.length > 1) {
      setMany(files.length);
      void rekap.run(files);
    } else {
      setMany(undefined);
      void open.run(files[0]);
    }
  };

  const runPeriksa = periksa.run;
  const runLoadSettings = loadSettings.run;
  useEffect(() => {
    void runLoadSettings();
  }, [runLoadSettings]);
  // Inside Excel the header shows the unit and year as soon as the pane is shown (it is mounted then),
  // and again at each later showing; in file mode once a file is open. It runs again when the settings
  // change, as the findings depend on them (efficiency method, IKM weighting).
  const settingsReady = loadSettings.status === 'done' || loadSettings.status === 'error';
  useEffect(() => {
    if (settingsReady && (service.mode === 'excel' || fileName !== undefined)) void runPeriksa();
  }, [service, fileName, settingsReady, runPeriksa, shown]);

  const errors = [open, rekap, periksa, susun, laporan, template, select, saveSettings, loadSettings];
  const failed = errors.find((t) => t.error);
  const noFile = service.mode === 'file' && (fileName === undefined || many !== undefined);
  const onSelect = service.select
    ? (sheet: string, address: string) => void select.run(sheet, address)
    : undefined;
  const view = periksa.result;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <Header
          mode={service.mode}
          unit={view?.unit}
          year={settings.tahun ?? view?.year}
          line={many === undefined ? undefined : REKAP_PANE.header(many)}
        />
        {file && (
          <FileBar
            fileName={many === undefined ? fileName : REKAP_PANE.jumlahBerkas(many)}
            opening={open.status === 'running' || rekap.status === 'running'}
            download={many === undefined && (susun.result || template.result) ? file.result : undefined}
            onOpen={onOpen}
          />
        )}
        <ErrorBar message={failed?.error} onDismiss={() => failed?.clearError()} />
        {many !== undefined && (
          <RekapSection
            running={rekap.status === 'running'}
            progress={rekapProgress}
            total={many}
            view={rekap.status === 'running' ? undefined : rekap.result}
          />
        )}
        {!noFile && (
          <>
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={section}
              onTabSelect={(_e, d) => setSection(d.value as Section)}
              aria-label={PANEL.tabsLabel}
            >
              <Tab value="struktur">{PANEL.tabStruktur}</Tab>
              <Tab value="periksa">{PANEL.tabPeriksa}</Tab>
              <Tab value="susun">{PANEL.tabSusun}</Tab>
              <Tab value="pengaturan">{PANEL.tabPengaturan}</Tab>
            </TabList>
            {section === 'struktur' && (
              <StrukturSection
                view={view}
                running={periksa.status === 'running' || template.status === 'running'}
                onRun={() => void periksa.run()}
                onSelect={onSelect}
                onTemplate={() => void template.run()}
                template={template.result}
              />
            )}
            {section === 'periksa' && (
              <PeriksaSection
                view={view}
                running={periksa.status === 'running'}
                onRun={() => void periksa.run()}
                onSelect={onSelect}
                onCopy={() => {
                  setSection('susun');
                  void susun.run(['catatan']);
                }}
                copying={susun.status === 'running'}
              />
            )}
            {section === 'susun' && (
              <SusunSection
                running={susun.status === 'running'}
                progress={progress}
                result={susun.result}
                onSusun={(t) => void susun.run(t)}
                onSelect={onSelect}
                laporanRunning={laporan.status === 'running'}
                laporan={laporan.result}
                onLaporan={() => void laporan.run()}
              />
            )}
            {section === 'pengaturan' && (
              <PengaturanSection
                mode={service.mode}
                settings={settings}
                saving={saveSettings.status === 'running'}
                saved={saveSettings.status === 'done'}
                onSave={(s) => void saveSettings.run(s)}
              />
            )}
          </>
        )}
      </div>
    </FluentProvider>
  );
}
