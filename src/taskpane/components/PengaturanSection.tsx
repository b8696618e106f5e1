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
import { paneText, scaleLineInvalid } from '../../core/messages/pane';
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
      <Field
        label={paneText.pengaturanSkalaKategori}
        hint={paneText.pengaturanSkalaKategoriHint}
        validationState={kategori.ok ? 'none' : 'error'}
        validationMessage={kategori.ok ? undefined : scaleLineInvalid(kategori.line)}
      >
        <Textarea resize="vertical" value={kategoriText} onChange={(_e, d) => setKategoriText(d.value)} />
      </Field>
      <Field
        label={paneText.pengaturanSkalaPredikat}
        hint={paneText.pengaturanSkalaPredikatHint}
        validationState={predikat.ok ? 'none' : 'error'}
        validationMessage={predikat.ok ? undefined : scaleLineInvalid(predikat.line)}
      >
        <Textarea resize="vertical" value={predikatText} onChange={(_e, d) => setPredikatText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={save} disabled={saving || !valid}>
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
