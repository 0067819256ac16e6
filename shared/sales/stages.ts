import type { ReferenceData } from '../entities/reference';

/** A pipeline stage as the board uses it: a reference row of kind `pipelineStage`, or a default. */
export interface PipelineStage extends ReferenceData<'pipelineStage'> {
  id: string;
  /** A built-in stage not yet saved by an admin: its name is translated (`opportunities:defaultStages.<id>`). */
  builtIn: boolean;
}

/**
 * The stages a new installation starts with, until an admin saves their own. Ids are stable
 * so an opportunity made on a device that still uses the defaults lands in the admin's stage
 * of the same id once stages are saved.
 */
export const DEFAULT_PIPELINE_STAGES: readonly PipelineStage[] = [
  { id: 'prospecting', name: 'prospecting', order: 10, probability: 10, active: true, builtIn: true },
  { id: 'needsAnalysis', name: 'needsAnalysis', order: 20, probability: 25, active: true, builtIn: true },
  { id: 'proposal', name: 'proposal', order: 30, probability: 50, active: true, builtIn: true },
  { id: 'negotiation', name: 'negotiation', order: 40, probability: 75, active: true, builtIn: true },
  { id: 'closing', name: 'closing', order: 50, probability: 90, active: true, builtIn: true },
];

/**
 * The stages to show: the saved ones in order, or the defaults when none are saved. A saved
 * row replaces the default of the same id; inactive stages are kept for deals still in them.
 */
export function effectiveStages(saved: readonly { key: string; data: ReferenceData<'pipelineStage'> }[]): PipelineStage[] {
  if (!saved.length) return [...DEFAULT_PIPELINE_STAGES];
  return saved
    .map((row) => ({ ...row.data, id: row.key, builtIn: false }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The stage's default probability for a new or moved opportunity. */
export function stageProbability(stages: readonly PipelineStage[], stageId: string): number {
  return stages.find((s) => s.id === stageId)?.probability ?? 0;
}

export const DEFAULT_BASE_CURRENCY = 'IRR';
export const DEFAULT_ENABLED_CURRENCIES: readonly string[] = ['IRR', 'USD', 'EUR', 'AED'];
