import type { en } from '../en/index';
import { catalog } from './catalog';
import { cli } from './cli';
import { model } from './model';

export const ko: Record<keyof typeof en, string> = { ...model, ...catalog, ...cli };
