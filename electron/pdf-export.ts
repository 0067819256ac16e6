import path from 'node:path';
import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { PdfExportResult } from '../shared/platform/desktop-api';

/** What the exporter needs of Electron and the disk (injected, so it is tested without them). */
export interface PdfExportDeps {
  /** The window whose page is printed (the main window). */
  getWindow(): Pick<BrowserWindow, 'webContents'> | null;
  showSaveDialog(window: Pick<BrowserWindow, 'webContents'>, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  /** The folder the dialog opens in (the user's Documents). */
  defaultFolder(): string;
}

/** Chromium's print engine, with the page's own `@page` size and margins (A4 on a quote). */
export const PRINT_TO_PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
} as const;

/**
 * Saves the main window's page as a PDF: a save dialog first (nothing is rendered if the
 * user cancels), then `webContents.printToPDF` with the print stylesheet, then the file.
 * `fileName` has been validated (a plain `*.pdf` name) by the IPC layer.
 */
export function createPdfExporter(deps: PdfExportDeps) {
  return async function exportPdf(fileName: string): Promise<PdfExportResult> {
    const window = deps.getWindow();
    if (!window) throw new Error('exportPdf: no window to print');
    const { canceled, filePath } = await deps.showSaveDialog(window, {
      defaultPath: path.join(deps.defaultFolder(), path.basename(fileName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || !filePath) return { status: 'cancelled' };
    const target = /\.pdf$/i.test(filePath) ? filePath : `${filePath}.pdf`;
    const data = await window.webContents.printToPDF(PRINT_TO_PDF_OPTIONS);
    await deps.writeFile(target, data);
    return { status: 'saved' };
  };
}
