import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PANEL } from '../../core/messages/pane';
import { parseScaleText, scaleToText } from '../scale-text';
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
  const [kategoriText, setKategoriText] = useState(scaleToText(settings.skalaKategori, 'kategori'));
  const [predikatText, setPredikatText] = useState(scaleToText(settings.skalaPredikat, 'predikat'));
  useEffect(() => {
    setEfisiensi(settings.efisiensi);
    setPenimbang(settings.penimbangIkm);
    setTahun(settings.tahun === undefined ? '' : String(settings.tahun));
    setKategoriText(scaleToText(settings.skalaKategori, 'kategori'));
    setPredikatText(scaleToText(settings.skalaPredikat, 'predikat'));
  }, [settings]);
  const year = readYear(tahun);
  const kategori = parseScaleText(kategoriText, 'kategori');
  const predikat = parseScaleText(predikatText, 'predikat');
  const valid = year.ok && kategori.ok && predikat.ok;
  const save = () => {
    if (!year.ok || !kategori.ok || !predikat.ok) return;
    const next: Settings = { efisiensi, penimbangIkm: penimbang };
    if (year.year !== undefined) next.tahun = year.year;
    if (kategori.bands) next.skalaKategori = kategori.bands;
    if (predikat.bands) next.skalaPredikat = predikat.bands;
    onSave(next);
  };
  return (
    <section className={styles.section} aria-label={PANEL.tabPengaturan}>
      <Field label={PANEL.pengaturanEfisiensi}>
        <RadioGroup value={efisiensi} onChange={(_e, d) => setEfisiensi(d.value as MetodeEfisiensi)}>
          <Radio value="selisih" label={PANEL.efisiensiSelisih} />
          <Radio value="indeks" label={PANEL.efisiensiIndeks} />
          <Radio value="sisa" label={PANEL.efisiensiSisa} />
        </RadioGroup>
      </Field>
      <Field label={PANEL.pengaturanIkm}>
        <RadioGroup value={penimbang} onChange={(_e, d) => setPenimbang(d.value as PenimbangIkm)}>
          <Radio value="eksak" label={PANEL.ikmEksak} />
          <Radio value="0,111" label={PANEL.ikm0111} />
        </RadioGroup>
      </Field>
      <Field
        label={PANEL.pengaturanTahun}
        hint={PANEL.pengaturanTahunHint}
        validationState={year.ok ? 'none' : 'error'}
        validationMessage={year.ok ? undefined : PANEL.pengaturanTahunInvalid}
      >
        <Input inputMode="numeric" value={tahun} onChange={(_e, d) => setTahun(d.value)} />
      </Field>
      <Field
        label={PANEL.pengaturanSkalaKategori}
        hint={PANEL.pengaturanSkalaKategoriHint}
        validationState={kategori.ok ? 'none' : 'error'}
        validationMessage={kategori.ok ? undefined : PANEL.scaleLineInvalid(kategori.line)}
      >
        <Textarea resize="vertical" value={kategoriText} onChange={(_e, d) => setKategoriText(d.value)} />
      </Field>
      <Field
        label={PANEL.pengaturanSkalaPredikat}
        hint={PANEL.pengaturanSkalaPredikatHint}
        validationState={predikat.ok ? 'none' : 'error'}
        validationMessage={predikat.ok ? undefined : PANEL.scaleLineInvalid(predikat.line)}
      >
        <Textarea resize="vertical" value={predikatText} onChange={(_e, d) => setPredikatText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={save} disabled={saving || !valid}>
          {PANEL.pengaturanSave}
        </Button>
      </div>
      {mode === 'file' && <Text className={styles.muted}>{PANEL.pengaturanFileNote}</Text>}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{PANEL.pengaturanSaved}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
