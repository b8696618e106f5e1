// Stand-in for office-addin-manifest under jest: office-addin-mock imports it only for manifest
// helpers the tests never call, and the real package pulls an ESM-only module jest cannot load.
export const OfficeAddinManifest = {};
export const ManifestInfo = class {};
