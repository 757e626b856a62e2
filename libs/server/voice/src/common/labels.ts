import { TicketStatus } from '@kakehashi/shared-contracts';

/** Status names in notifications and mails (the web app has its own in its i18n files). */
export const TICKET_STATUS_LABELS: Record<TicketStatus, { ja: string; en: string }> = {
  [TicketStatus.NEW]: { ja: '新規', en: 'New' },
  [TicketStatus.TRIAGED]: { ja: 'トリアージ済み', en: 'Triaged' },
  [TicketStatus.PLANNED]: { ja: '計画中', en: 'Planned' },
  [TicketStatus.IN_PROGRESS]: { ja: '対応中', en: 'In progress' },
  [TicketStatus.SHIPPED]: { ja: '対応済み', en: 'Shipped' },
  [TicketStatus.DECLINED]: { ja: '見送り', en: 'Declined' },
  [TicketStatus.MERGED]: { ja: '統合済み', en: 'Merged' },
};
