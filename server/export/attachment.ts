/**
 * A file's name: the matter's title, then the document's — "权利要求书.docx" or "Claim set.docx"
 * alone does not say which matter's — unless the document's title names the matter already; then
 * what the file holds when it is a part of the document ("修改对照页").
 */
export function fileTitle(matterTitle: string, documentTitle: string, part?: string): string {
  const named = documentTitle.includes(matterTitle) ? documentTitle : `${matterTitle} - ${documentTitle}`
  return part ? `${named} - ${part}` : named
}

/** `attachment` for a Word file of the given title, ASCII fallback first (RFC 6266, RFC 5987). */
export function docxAttachment(title: string): string {
  const ascii = title.replace(/[^\x20-\x7e]|["\\/]/g, '_').trim() || 'document'
  return `attachment; filename="${ascii}.docx"; filename*=UTF-8''${encodeURIComponent(`${title}.docx`)}`
}
