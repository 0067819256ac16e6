import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPdfExporter, PRINT_TO_PDF_OPTIONS, type PdfExportDeps } from '../../../electron/pdf-export';

function setup(dialogAnswer: { canceled: boolean; filePath?: string }) {
  const pdf = new TextEncoder().encode('%PDF-1.7');
  const window = { webContents: { printToPDF: vi.fn(async () => pdf) } };
  const deps = {
    getWindow: vi.fn(() => window),
    showSaveDialog: vi.fn(async () => ({ canceled: dialogAnswer.canceled, filePath: dialogAnswer.filePath ?? '' })),
    writeFile: vi.fn(async () => undefined),
    defaultFolder: () => path.join('/home', 'sara', 'Documents'),
  };
  return { exportPdf: createPdfExporter(deps as unknown as PdfExportDeps), deps, window, pdf };
}

describe('PDF export (desktop)', () => {
  it('asks where to save (suggesting the name in Documents), prints the page to A4 and writes the file', async () => {
    const { exportPdf, deps, window, pdf } = setup({ canceled: false, filePath: '/home/sara/quotes/Q-12.pdf' });
    expect(await exportPdf('پیش‌فاکتور Q-12.pdf')).toEqual({ status: 'saved' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({
      defaultPath: path.join('/home', 'sara', 'Documents', 'پیش‌فاکتور Q-12.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }));
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(PRINT_TO_PDF_OPTIONS);
    expect(PRINT_TO_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/sara/quotes/Q-12.pdf', pdf);
  });

  it('adds the .pdf extension when the user typed a name without it', async () => {
    const { exportPdf, deps } = setup({ canceled: false, filePath: '/tmp/offer' });
    await exportPdf('x.pdf');
    expect(deps.writeFile).toHaveBeenCalledWith('/tmp/offer.pdf', expect.any(Uint8Array));
  });

  it('renders and writes nothing when the user cancels', async () => {
    const { exportPdf, deps, window } = setup({ canceled: true });
    expect(await exportPdf('x.pdf')).toEqual({ status: 'cancelled' });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('keeps only the base name of what it is given, and fails without a window', async () => {
    const { exportPdf, deps } = setup({ canceled: true });
    await exportPdf('../../etc/x.pdf');
    expect((deps.showSaveDialog.mock.calls[0] as unknown[])[1]).toMatchObject({ defaultPath: path.join('/home', 'sara', 'Documents', 'x.pdf') });
    deps.getWindow.mockReturnValueOnce(null as never);
    await expect(exportPdf('x.pdf')).rejects.toThrow(/no window/);
  });
});
