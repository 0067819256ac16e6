import { CATEGORY_SEPARATOR } from '../../../../shared/entities';

/**
 * Category paths as typed and stored: «الکترونیک / گوشی». Levels are separated by
 * CATEGORY_SEPARATOR; a slash typed without spaces («الکترونیک/گوشی») means the same.
 */
export function categoryLevels(path: string): string[] {
  return path
    .split('/')
    .map((level) => level.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** The stored form of a typed path: trimmed levels, one separator, no empty levels. */
export function normalizeCategoryPath(path: string): string {
  return categoryLevels(path).join(CATEGORY_SEPARATOR);
}

/** The last level, for a card or a tree node: «گوشی». */
export function categoryLeaf(path: string): string {
  const levels = categoryLevels(path);
  return levels[levels.length - 1] ?? '';
}

export interface CategoryNode {
  /** The full path this node stands for. */
  path: string;
  /** Its own level's name. */
  label: string;
  depth: number;
  /** Whether some product has exactly this path (a parent may exist only through its children). */
  hasProducts: boolean;
}

const collator = new Intl.Collator('fa');

/**
 * The tree of the distinct stored paths, flattened depth-first (parents before children,
 * siblings in Persian alphabetical order), with the parents that only exist as prefixes.
 */
export function categoryTree(paths: readonly string[]): CategoryNode[] {
  interface Branch { label: string; path: string; own: boolean; children: Map<string, Branch> }
  const root: Branch = { label: '', path: '', own: false, children: new Map() };
  for (const stored of paths) {
    const levels = categoryLevels(stored);
    let at = root;
    levels.forEach((label, i) => {
      let next = at.children.get(label);
      if (!next) {
        next = { label, path: levels.slice(0, i + 1).join(CATEGORY_SEPARATOR), own: false, children: new Map() };
        at.children.set(label, next);
      }
      at = next;
    });
    if (levels.length) at.own = true;
  }
  const out: CategoryNode[] = [];
  const walk = (branch: Branch, depth: number) => {
    const children = [...branch.children.values()].sort((a, b) => collator.compare(a.label, b.label));
    for (const child of children) {
      out.push({ path: child.path, label: child.label, depth, hasProducts: child.own });
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/** The stored paths a category filter shows: the chosen node and everything under it. */
export function pathsUnder(paths: readonly string[], chosen: string): string[] {
  const prefix = normalizeCategoryPath(chosen);
  return paths.filter((p) => {
    const normalized = normalizeCategoryPath(p);
    return normalized === prefix || normalized.startsWith(prefix + CATEGORY_SEPARATOR);
  });
}

/** The one query of the category walk: the first product whose category sorts after `after`. */
export function nextCategoryQuery(after: string | null) {
  return {
    selector: after === null ? {} : { category: { $gt: after } },
    sort: [{ category: 'asc' as const }, { sortName: 'asc' as const }],
    limit: 1,
  };
}

/**
 * The distinct category paths without reading every product: a "skip scan" of the
 * [category, sortName] index. Each step asks for the first product whose category sorts
 * after the last one found, so it costs one short index range read per distinct category
 * (plus one), however many products each holds. '' (no category) is included when used.
 */
export async function distinctCategories(firstAfter: (after: string | null) => Promise<string | null>): Promise<string[]> {
  const found: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100_000; guard++) {
    const next: string | null = await firstAfter(after);
    if (next === null) break;
    found.push(next);
    after = next;
  }
  return found;
}
