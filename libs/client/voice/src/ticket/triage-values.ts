import { TicketStatus } from '@kakehashi/shared-contracts';

/** The triage panel's fields as chosen. */
export interface TriageValues {
  status: TicketStatus | `${TicketStatus}`;
  declineReason: string;
  owner: { id: string; displayName: string; displayNameEn: string } | null;
  productAreaId: string;
  theme: string;
}

export interface TriageChanges {
  status?: TicketStatus;
  declineReason?: string;
  ownerId?: string;
  clearOwner?: boolean;
  productAreaId?: string;
  theme?: string;
}

/** Only what changed, as triageTicket takes it (an unchanged field is left out, so it cannot overwrite another's edit). */
export function triageChanges(initial: TriageValues, values: TriageValues): TriageChanges {
  const changes: TriageChanges = {};
  if (values.status !== initial.status) {
    changes.status = values.status as TicketStatus;
    if (values.status === TicketStatus.DECLINED) changes.declineReason = values.declineReason.trim();
  } else if (values.status === TicketStatus.DECLINED && values.declineReason.trim() !== initial.declineReason.trim()) {
    // A declined ticket's reason, corrected.
    changes.status = TicketStatus.DECLINED;
    changes.declineReason = values.declineReason.trim();
  }
  if ((values.owner?.id ?? null) !== (initial.owner?.id ?? null)) {
    if (values.owner) changes.ownerId = values.owner.id;
    else changes.clearOwner = true;
  }
  if (values.productAreaId !== initial.productAreaId && values.productAreaId !== '') changes.productAreaId = values.productAreaId;
  if (values.theme.trim() !== initial.theme.trim()) changes.theme = values.theme.trim();
  return changes;
}
