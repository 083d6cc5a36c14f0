import { ApiRequestError, errorFromBody } from '../api'

/** How far a transfer has come; `total` is null while the size is unknown. */
export interface TransferProgress {
  loaded: number
  total: number | null
}


const progressOf = (event: ProgressEvent): TransferProgress => ({ loaded: event.loaded, total: event.lengthComputable ? event.total : null })

/**
 * Posts a form (a file upload) and reads the JSON answer. XMLHttpRequest rather than fetch,
 * because only it reports how much of the upload has been sent.
 */
export function sendForm<T>(path: string, form: FormData, onUpload: (progress: TransferProgress) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.responseType = 'json'
    xhr.upload.onprogress = (event) => onUpload(progressOf(event))
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve(xhr.response as T) : reject(errorFromBody(xhr.status, xhr.response, xhr.statusText)))
    xhr.onerror = () => reject(new ApiRequestError(0, 'network', 'the upload did not reach the server'))
    xhr.send(form)
  })
}

/** The file name a Content-Disposition header gives, the UTF-8 form first (RFC 6266). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1]
  if (encoded) return decodeURIComponent(encoded)
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback
}

/** An error answer's body; a proxy's HTML error page is not JSON. */
function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** Downloads a file with its progress; an error answer (JSON) becomes an ApiRequestError. */
export function fetchFile(path: string, fallbackName: string, onDownload: (progress: TransferProgress) => void): Promise<{ blob: Blob; fileName: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('GET', path)
    xhr.responseType = 'blob'
    xhr.onprogress = (event) => onDownload(progressOf(event))
    xhr.onload = () => {
      const blob = xhr.response as Blob
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve({ blob, fileName: fileNameOf(xhr.getResponseHeader('content-disposition'), fallbackName) })
        return
      }
      void blob.text().then(
        (text) => reject(errorFromBody(xhr.status, jsonOrNull(text), xhr.statusText)),
        () => reject(errorFromBody(xhr.status, null, xhr.statusText)),
      )
    }
    xhr.onerror = () => reject(new ApiRequestError(0, 'network', 'the download did not complete'))
    xhr.send()
  })
}

/** Hands a downloaded file to the browser to save, under its name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken the file once the click is handled; the URL need not outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** A share of a transfer as a whole percentage, or null while the size is unknown. */
export const percentOf = ({ loaded, total }: TransferProgress): number | null => (total ? Math.min(100, Math.round((loaded / total) * 100)) : null)
