// Keeps a crash inside one part of the page: that part shows a message and a retry, the rest keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PanelBoundaryProps {
  /** What the user is told, in the interface language. */
  message: string;
  retryLabel: string;
  /** Told of the crash, for a caller that shows something else in its place. */
  onError?: (error: Error) => void;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: Error | null;
}

export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): PanelBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Onderdeel van de pagina is vastgelopen:', error, info.componentStack);
    this.props.onError?.(error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="data-error" role="alert">
        <p className="data-error__title">{this.props.message}</p>
        <p className="data-error__details">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
