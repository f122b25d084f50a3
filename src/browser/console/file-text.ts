/**
 * The text of a file the organiser picked: UTF-8 (with or without its
 * byte-order mark), or Windows-1252 when it is not valid UTF-8, as Excel
 * writes « CSV (séparateur : point-virgule) » on a French Windows. Free of the DOM.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
