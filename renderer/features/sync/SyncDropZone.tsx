// Drag and drop of an update bundle anywhere on the window: an overlay while a file is dragged over,
// the same import as the file input when it is dropped.
import { useEffect, useState } from 'react';
import { useTranslator } from '../settings/SettingsContext';
import { useSync } from './SyncContext';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function SyncDropZone() {
  const { status, importFile } = useSync();
  const { text } = useTranslator();
  const [dragging, setDragging] = useState(false);
  const accepts = status?.acceptsBundles === true;
  useEffect(() => {
    if (!accepts) return;
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // The browser would otherwise open the file in place of the app.
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) importFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [accepts, importFile]);
  if (!dragging) return null;
  return (
    <div className="sync-drop-overlay" aria-hidden="true">
      <p>{text.sync.dropHere}</p>
    </div>
  );
}
