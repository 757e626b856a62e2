import { lazy } from 'react';

// Each page is its own chunk, loaded when its route is first visited; the insight page's charts
// load later still, with the charts themselves.
export const VoiceHomePage = lazy(() => import('./home/voice-home-page'));
export const FileTicketPage = lazy(() => import('./file/file-ticket-page'));
export const MyTicketsPage = lazy(() => import('./mine/my-tickets-page'));
export const InboxPage = lazy(() => import('./inbox/inbox-page'));
export const TicketPage = lazy(() => import('./ticket/ticket-page'));
export const VoiceInsightsPage = lazy(() => import('./insights/insights-page'));
