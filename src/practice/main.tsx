import '../ui/tokens.css';
import '../ui/page.css';
import '../ui/sidebar.css';
import './practice.css';
import { render } from 'preact';
import { loadConfig } from '../lib/checked-storage';
import { BUNDLED_PACKS } from '../packs';
import { Practice } from './Practice';

const root = document.getElementById('app') as HTMLElement;
// The configuration first: it carries the agent's chosen UI language.
void loadConfig(BUNDLED_PACKS).then((config) => render(<Practice config={config} />, root));
