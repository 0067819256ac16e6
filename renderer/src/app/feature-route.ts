import type { ComponentType } from 'react';

/** A screen a feature adds to the app; each feature lists its own in `routes.ts`. */
export interface FeatureRoute {
  path: string;
  component: ComponentType;
}
