import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders, createApolloClient, createI18n, signInPath } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE, directoryResources } from '@kakehashi/client-directory';
import { NEWSLETTERS_NAMESPACE, newslettersResources } from '@kakehashi/client-newsletters';
import { STORIES_NAMESPACE, storiesResources } from '@kakehashi/client-stories';
import { GOALS_NAMESPACE, goalsResources } from '@kakehashi/client-goals';
import { VOICE_NAMESPACE, voiceResources } from '@kakehashi/client-voice';
import { createRouter } from './router';

const i18n = createI18n({
  [DIRECTORY_NAMESPACE]: directoryResources,
  [NEWSLETTERS_NAMESPACE]: newslettersResources,
  [STORIES_NAMESPACE]: storiesResources,
  [GOALS_NAMESPACE]: goalsResources,
  [VOICE_NAMESPACE]: voiceResources,
});

const client = createApolloClient({
  onUnauthenticated: (operationName) => {
    // `Me` failing is how a signed-out visit starts: <RequireAuth> redirects for it.
    // Any other operation means the session ended mid-use: reload into the sign-in page
    // so that nothing of the previous session stays in memory.
    const { pathname, search } = window.location;
    if (operationName === 'Me' || pathname === '/sign-in') return;
    window.location.assign(signInPath(`${pathname}${search}`));
  },
});

const router = createRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
