// Every area's English messages, merged. Add an area: a file here, its twin in ../ko, one line each.
import { catalog } from './catalog';
import { cli } from './cli';
import { model } from './model';

export const en = { ...model, ...catalog, ...cli };
