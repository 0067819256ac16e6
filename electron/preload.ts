import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_GLOBAL } from '../shared/platform/desktop-api';
import { createDesktopApi } from './preload-api';

// Runs sandboxed with context isolation: the page sees only this frozen API object.
contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, createDesktopApi(ipcRenderer));
