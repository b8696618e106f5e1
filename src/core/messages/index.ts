/**
 * Every user-facing text, in Bahasa Indonesia, kept in this folder so it can be reviewed in one place.
 * One module per area, re-exported here under the area's name (`pesan.temuan`, `pesan.susun`, …);
 * code imports the module of its own area directly. Each module exports catalogues named in capitals
 * (`PESAN_CLI`, `PANEL`, `KOLOM` …): objects whose members are fixed texts (strings) or texts with
 * figures (small functions), and nothing else.
 */
export * as analisis from './analisis';
export * as berkas from './berkas';
export * as cli from './cli';
export * as fungsi from './fungsi';
export * as keandalan from './keandalan';
export * as laporan from './laporan';
export * as pane from './pane';
export * as recognise from './recognise';
export * as rekap from './rekap';
export * as susun from './susun';
export * as temuan from './temuan';
