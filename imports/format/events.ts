import type { Problem } from '../report'

/** What a reader yields: the file's own statements about itself, its header, then its rows. */
export type Directives = { kind?: string; export?: string; exportDate?: string }

export type ReadEvent =
  | { type: 'directives'; directives: Directives }
  | { type: 'header'; columns: string[]; line: number }
  | { type: 'row'; line: number; values: Record<string, unknown> }
  | { type: 'rowProblem'; line: number; problem: Problem }

export const directiveNames = ['kind', 'export', 'exportDate'] as const
