import '../ui/tokens.css';
import '../ui/sidebar.css';
import './panel.css';
import { render } from 'preact';
import { loadPublishedConfig } from '../lib/storage';
import { SidePanel } from './SidePanel';

// The agent's chosen UI language (published with the configuration) before the first render.
void loadPublishedConfig().then(() => render(<SidePanel />, document.getElementById('app') as HTMLElement));
