/**
 * The only surface the page gets from Electron: window.linkages (DESIGN.md). Bundled into one
 * CommonJS file that requires nothing but 'electron', as a sandboxed preload must be.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, type LinkagesBridge } from '../api/bridge';

const bridge: LinkagesBridge = {
  invoke: (method, input) => ipcRenderer.invoke(BRIDGE_CHANNELS.invoke, { method, input }),
  openFiles: (options) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFiles, options),
  saveFile: (suggestedName, bytes) =>
    ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, { suggestedName, bytes }),
};

contextBridge.exposeInMainWorld('linkages', bridge);
