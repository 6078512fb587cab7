import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Shows a readable message instead of a blank window when a screen fails to render. */
export class ErrorBoundary extends Component<{ children: ReactNode; where?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Lenses screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h2>Something went wrong{this.props.where ? ` in ${this.props.where}` : ''}</h2>
        <p>Lenses could not show this screen. Your saved work is safe.</p>
        <p className="error-detail">Details: {error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
