import { useState, type DragEvent } from 'react';

/**
 * Dropping files from a folder onto a zone around a file input: the zone says when files are over
 * it, and hands the dropped files on. A mouse extra; the file input is the keyboard way in.
 */
export function useFileDrop(disabled: boolean, onFiles: (files: File[]) => void) {
  const [over, setOver] = useState(false);

  function dragOver(event: DragEvent): void {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }

  return {
    over,
    zone: {
      onDragEnter: dragOver,
      onDragOver: dragOver,
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        if (!disabled) onFiles([...event.dataTransfer.files]);
      },
    },
  };
}
