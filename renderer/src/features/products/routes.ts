import type { FeatureRoute } from '../../app/feature-route';
import { ProductDetailPage } from './ProductDetailPage';
import { ProductFormPage } from './ProductFormPage';
import { ProductsCatalogPage } from './ProductsCatalogPage';

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const PRODUCT_ROUTES: FeatureRoute[] = [
  { path: '/products/new', component: ProductFormPage },
  { path: '/products/:id/edit', component: ProductFormPage },
  { path: '/products/:id', component: ProductDetailPage },
  { path: '/products', component: ProductsCatalogPage },
];
