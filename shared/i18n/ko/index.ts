import type { en } from '../en/index';
import { catalog } from './catalog';
import { cli } from './cli';
import { cost } from './cost';
import { desktop } from './desktop';
import { exportMessages } from './export';
import { lessons } from './lessons';
import { model } from './model';
import { network } from './network';
import { rules } from './rules';
import { panels } from './panels';
import { simulate } from './simulate';
import { ui } from './ui';
import { hardening } from './hardening';
import { edit } from './edit';
import { constraints } from './constraints';
import { diagram } from './diagram';
import { deploy } from './deploy';
import { interop } from './interop';
import { polish } from './polish';
import { multivpc } from './multivpc';
import { nlbIpv6 } from './nlb-ipv6';
import { scale } from './scale';
import { cliEdit } from './cli-edit';
import { gaps } from './gaps';
import { chips } from './chips';
import { diagramFit } from './diagram-fit';

export const ko: Record<keyof typeof en, string> = {
  ...model,
  ...catalog,
  ...cli,
  ...ui,
  ...panels,
  ...desktop,
  ...exportMessages,
  ...lessons,
  ...simulate,
  ...rules,
  ...network,
  ...cost,
  ...hardening,
  ...edit,
  ...constraints,
  ...diagram,
  ...deploy,
  ...interop,
  ...polish,
  ...multivpc,
  ...nlbIpv6,
  ...scale,
  ...cliEdit,
  ...gaps,
  ...chips,
  ...diagramFit,
};
