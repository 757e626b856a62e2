import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './states';

interface BoundaryProps {
  fallback: ReactNode;
  /** Shown when the chunk could not be loaded (offline, or a deploy replaced it). */
  failure: ReactNode;
  children: ReactNode;
}

class ChunkErrorBoundary extends Component<{ failure: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Left visible in the console for whoever debugs a failed chunk load.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.failure : this.props.children;
  }
}

/** Suspense for a lazily loaded component, with a designed failure instead of a blank. */
export function LazyBoundary({ fallback, failure, children }: BoundaryProps) {
  return (
    <ChunkErrorBoundary failure={failure}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ChunkErrorBoundary>
  );
}

/** A failed chunk load: React.lazy keeps the rejection, so a reload is the honest retry. */
export function ChunkLoadFailure({ message }: { message: string }) {
  return <ErrorState message={message} onRetry={() => window.location.reload()} />;
}
