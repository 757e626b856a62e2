import { useCallback, useEffect, useRef, useState } from 'react';
import { EDITION_READ_DWELL_SECONDS } from '@kakehashi/shared-contracts';

/** Seconds of visible page after opening that count as reading (the contracts' figure). */
export const READ_DWELL_SECONDS = EDITION_READ_DWELL_SECONDS;

export interface ReadTrackingOptions {
  /** Once, when the article is first on screen in a visible tab. */
  onOpened: () => void;
  /**
   * Once, when the end of the article has been on screen, or the page has been visible for
   * `dwellSeconds` in total since opening. Gets the seconds of visible time so far.
   */
  onRead: (dwellSeconds: number) => void;
  /** Off for previews and while the article is not loaded; nothing is recorded then. */
  enabled?: boolean;
  dwellSeconds?: number;
}

export interface ReadTracking {
  /** Attach to the article element. */
  articleRef: (element: HTMLElement | null) => void;
  /** Attach to an empty element right after the article's last line. */
  endRef: (element: HTMLElement | null) => void;
}

/**
 * Records reading without the reader doing anything. Key the page by edition id: the
 * "already opened / already read" memory lives as long as the component.
 *
 * Cheap by design: one IntersectionObserver, one visibilitychange listener, and a single
 * timeout that only runs while the tab is visible (the clock stops when it is hidden).
 */
export function useReadTracking({
  onOpened,
  onRead,
  enabled = true,
  dwellSeconds = READ_DWELL_SECONDS,
}: ReadTrackingOptions): ReadTracking {
  const [article, setArticle] = useState<HTMLElement | null>(null);
  const [end, setEnd] = useState<HTMLElement | null>(null);
  const callbacks = useRef({ onOpened, onRead });
  useEffect(() => {
    callbacks.current = { onOpened, onRead };
  });
  // Survives re-observing (the end sentinel can mount after the article): each event once.
  const progress = useRef({ opened: false, read: false, visibleMs: 0 });

  useEffect(() => {
    const state = progress.current;
    if (!enabled || !article || state.read) return;

    let visibleSince: number | null = null;
    let timer: number | undefined;
    let articleOnScreen = false;
    let endOnScreen = false;
    const pageVisible = () => document.visibilityState === 'visible';
    const dwellMs = () => state.visibleMs + (visibleSince === null ? 0 : performance.now() - visibleSince);

    const stopClock = () => {
      if (visibleSince !== null) state.visibleMs += performance.now() - visibleSince;
      visibleSince = null;
      if (timer !== undefined) window.clearTimeout(timer);
      timer = undefined;
    };
    const startClock = () => {
      if (visibleSince !== null || !state.opened || state.read) return;
      visibleSince = performance.now();
      timer = window.setTimeout(finish, Math.max(0, dwellSeconds * 1000 - state.visibleMs));
    };

    function finish() {
      if (state.read) return;
      const seconds = Math.round(dwellMs() / 1000);
      state.read = true;
      stop();
      callbacks.current.onRead(seconds);
    }

    const evaluate = () => {
      if (state.read) return;
      if (!pageVisible()) {
        stopClock();
        return;
      }
      if (articleOnScreen && !state.opened) {
        state.opened = true;
        callbacks.current.onOpened();
      }
      if (state.opened && endOnScreen) finish();
      else startClock();
    };

    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            for (const entry of entries) {
              if (entry.target === article) articleOnScreen = entry.isIntersecting;
              if (entry.target === end) endOnScreen = entry.isIntersecting;
            }
            evaluate();
          });
    if (observer) {
      observer.observe(article);
      if (end) observer.observe(end);
    } else {
      // No observer (very old browsers): an open page counts as opened; dwell still applies.
      articleOnScreen = true;
    }
    document.addEventListener('visibilitychange', evaluate);
    evaluate();

    function stop() {
      stopClock();
      observer?.disconnect();
      document.removeEventListener('visibilitychange', evaluate);
    }
    return stop;
  }, [enabled, article, end, dwellSeconds]);

  const articleRef = useCallback((element: HTMLElement | null) => setArticle(element), []);
  const endRef = useCallback((element: HTMLElement | null) => setEnd(element), []);
  return { articleRef, endRef };
}
