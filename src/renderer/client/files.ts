/**
 * Exports arrive as base64 bytes from either transport: Electron saves them through its save
 * dialog, the browser downloads them. Picked files go the other way as base64.
 */
import type { ExportFile } from '../../api/files.contract';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** True when the file was saved (the user may cancel Electron's dialog). */
export async function saveExport(file: ExportFile): Promise<boolean> {
  const bytes = bytesOf(file.bytesBase64);
  if (window.linkages) return (await window.linkages.saveFile(file.fileName, bytes)).saved;
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // In slices: String.fromCharCode(...all) overflows the call stack on large files.
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}
