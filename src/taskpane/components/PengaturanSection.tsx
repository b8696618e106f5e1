import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { paneText } from '../../core/messages/pane';
import type { MetodeEfisiensi, PenimbangIkm, Settings } from '../../core/settings';
import { useSectionStyles } from './styles';

export interface PengaturanSectionProps {
  mode: 'excel' | 'file';
  settings: Settings;
  saving: boolean;
  saved: boolean;
  onSave: (settings: Settings) => void;
}

/** The year typed in the field as a setting: empty → none, a four-digit year → it, else invalid. */
export function readYear(text: string): { ok: true; year?: number } | { ok: false } {
  const t = text.trim();
  if (t === '') return { ok: true };
  return /^\d{4}$/.test(t) ? { ok: true, year: Number(t) } : { ok: false };
}

/** Efficiency method, IKM weighting and report year; stored in the workbook (Excel) or for the page (file). */
export function PengaturanSection({ mode, settings, saving, saved, onSave }: PengaturanSectionProps) {
  const styles = useSectionStyles();
  const [efisiensi, setEfisiensi] = useState<MetodeEfisiensi>(settings.efisiensi);
  const [penimbang, setPenimbang] = useState<PenimbangIkm>(settings.penimbangIkm);
  const [tahun, setTahun] = useState(settings.tahun === undefined ? '' : String(settings.tahun));
  useEffect(() => {
    setEfisiensi(settings.efisiensi);
    setPenimbang(settings.penimbangIkm);
    setTahun(settings.tahun === undefined ? '' : String(settings.tahun));
  }, [settings]);
  const year = readYear(tahun);
  const save = () => {
    if (!year.ok) return;
    const next: Settings = { ...settings, efisiensi, penimbangIkm: penimbang };
    if (year.year === undefined) delete next.tahun;
    else next.tahun = year.year;
    onSave(next);
  };
  return (
    <section className={styles.section} aria-label={paneText.tabPengaturan}>
      <Field label={paneText.pengaturanEfisiensi}>
        <RadioGroup value={efisiensi} onChange={(_e, d) => setEfisiensi(d.value as MetodeEfisiensi)}>
          <Radio value="selisih" label={paneText.efisiensiSelisih} />
          <Radio value="indeks" label={paneText.efisiensiIndeks} />
          <Radio value="sisa" label={paneText.efisiensiSisa} />
        </RadioGroup>
      </Field>
      <Field label={paneText.pengaturanIkm}>
        <RadioGroup value={penimbang} onChange={(_e, d) => setPenimbang(d.value as PenimbangIkm)}>
          <Radio value="eksak" label={paneText.ikmEksak} />
          <Radio value="0,111" label={paneText.ikm0111} />
        </RadioGroup>
      </Field>
      <Field
        label={paneText.pengaturanTahun}
        hint={paneText.pengaturanTahunHint}
        validationState={year.ok ? 'none' : 'error'}
        validationMessage={year.ok ? undefined : paneText.pengaturanTahunInvalid}
      >
        <Input inputMode="numeric" value={tahun} onChange={(_e, d) => setTahun(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={save} disabled={saving || !year.ok}>
          {paneText.pengaturanSave}
        </Button>
      </div>
      {mode === 'file' && <Text className={styles.muted}>{paneText.pengaturanFileNote}</Text>}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{paneText.pengaturanSaved}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
