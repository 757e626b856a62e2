// The app shell imports this file statically, so every module re-exported here lands in the
// entry chunk that the first paint downloads. Keep it to what the shell needs: the
// translations and the pages, each page its own chunk (see ./pages).
export { VOICE_NAMESPACE, voiceResources } from './i18n';

export { FileTicketPage, InboxPage, MyTicketsPage, TicketPage, VoiceHomePage, VoiceInsightsPage } from './pages';
