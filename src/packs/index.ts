import type { Pack } from '../engine/pack-schema';
import angry from './angry-customers.json';
import asap from './asap-method.json';
import core from './core-signals.json';
import help from './help-method.json';
import moments from './moments-of-truth.json';
import nineWays from './nine-ways.json';
import practice from './practice.json';
import team from './team-procedures.json';

/** The packs that ship with Composure, drawn from the source documents. Data, not code. */
export const BUNDLED_PACKS = [core, help, asap, angry, nineWays, moments, practice, team] as unknown as Pack[];
