import type { TicketReference } from '../common/paths';

/** A ticket a duplicate may go into, as the merge dialog lists it. */
export interface MergeCandidate {
  id: string;
  code: string;
  number?: number;
  summary: string;
  status: string;
  customerCount: number;
}

const numberOf = (candidate: MergeCandidate): number | null => candidate.number ?? (Number(/(\d+)$/.exec(candidate.code)?.[1]) || null);

/**
 * The choices, best first and each once: a pasted id's ticket, then the search's or the
 * suggestions' tickets. Never the duplicate itself nor a ticket already merged away; a pasted
 * VOC number keeps only that ticket (when it is among those found).
 */
export function mergeCandidates({
  self,
  reference,
  similar,
  found,
  searched,
}: {
  self: string;
  reference: TicketReference;
  similar: readonly MergeCandidate[];
  found: readonly MergeCandidate[];
  searched: readonly MergeCandidate[];
}): MergeCandidate[] {
  const pool = reference?.kind === 'id' ? found : [...searched, ...similar];
  const seen = new Set<string>([self]);
  const result: MergeCandidate[] = [];
  for (const candidate of pool) {
    if (seen.has(candidate.id) || candidate.status === 'MERGED') continue;
    if (reference?.kind === 'number' && numberOf(candidate) !== reference.number) continue;
    seen.add(candidate.id);
    result.push(candidate);
  }
  return result;
}
