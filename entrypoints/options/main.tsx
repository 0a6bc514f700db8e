import { render } from 'preact';
import { OptionsApp } from '@/lib/ui/Options';
import { browserSettingsStore } from '@/lib/ui/options-store';
import './style.css';

render(<OptionsApp store={browserSettingsStore} />, document.getElementById('app')!);
