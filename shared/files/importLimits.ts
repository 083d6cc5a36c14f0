/** Largest file `POST /api/matters/:id/import` takes (10 MiB): a long application stays far under it. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
