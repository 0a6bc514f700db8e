import { render } from 'preact';
import { PopupApp, type PopupConnection } from '@/lib/ui/PopupApp';
import './style.css';

async function connection(): Promise<PopupConnection> {
  // `?mock=NAME` renders a mock state with no browser behind it; development builds only (screenshots, UI work).
  const mock = new URLSearchParams(location.search).get('mock');
  if (import.meta.env.MODE !== 'production' && mock) {
    const { mockConnectionByName } = await import('@/lib/ui/mock-connection');
    return mockConnectionByName(mock);
  }
  const { connectPopup } = await import('@/lib/ui/connect');
  return connectPopup(location.search);
}

void connection().then((conn) => render(<PopupApp connection={conn} />, document.getElementById('app')!));
