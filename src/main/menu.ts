import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  readonly openDataFolder: () => void;
  readonly openHelp: () => void;
  readonly about: () => void;
}

/** File, Edit, View, Help: the standard roles plus the Workbench's few commands. */
export function applicationMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: 'File',
      submenu: [
        { label: 'Open Data Folder', click: actions.openDataFolder },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Linkages Workbench Help', click: actions.openHelp },
        { label: 'About Linkages Workbench', click: actions.about },
      ],
    },
  ];
}
