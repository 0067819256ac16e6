import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type CatalogLayout = 'grid' | 'list';

export interface CatalogView {
  layout: CatalogLayout;
  showInactive: boolean;
  /** A category node's path; null = all categories; '' = products without a category. */
  category: string | null;
}

export const DEFAULT_CATALOG_VIEW: CatalogView = { layout: 'grid', showInactive: false, category: null };

interface CatalogViewState {
  view: CatalogView;
  setView(patch: Partial<CatalogView>): void;
}

/** The catalog remembers grid or list, the inactive toggle and the category across restarts. */
export const useCatalogView = create<CatalogViewState>()(
  persist(
    (set) => ({
      view: DEFAULT_CATALOG_VIEW,
      setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
    }),
    { name: 'peyvand.productCatalogView', version: 1 },
  ),
);
