/**
 * Panel registry: the dock (bottom) and the right column show these as tabs. To add a panel,
 * import its component and append one line to PANELS. Components take no props; they read the
 * editor through useEditor/useEditorStore, derived data through renderer/engine hooks, and act
 * on the canvas through useCanvasActions().
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '../../shared/i18n/index';
import { CostPanel } from '../panels/cost/CostPanel';
import { ProblemsPanel } from '../panels/problems/ProblemsPanel';
import { FailurePanel } from '../simulation/FailurePanel';
import { SimulationPanel } from '../simulation/SimulationPanel';
import { LessonPanel } from '../lessons/LessonPanel';
import { DeployPanel } from '../deploy/DeployPanel';
import { InteropPanel } from '../interop/ComparePanel';

export interface PanelDef {
  id: string;
  titleKey: MessageKey;
  component: ComponentType;
  area: 'bottom' | 'right';
}

export const PANELS: PanelDef[] = [
  { id: 'problems', titleKey: 'problems.title', component: ProblemsPanel, area: 'bottom' },
  { id: 'cost', titleKey: 'costPanel.title', component: CostPanel, area: 'bottom' },
  { id: 'simulation', titleKey: 'simulate.panel.title', component: SimulationPanel, area: 'right' },
  { id: 'failure', titleKey: 'simulate.failure.title', component: FailurePanel, area: 'bottom' },
  { id: 'lesson', titleKey: 'lessonPanel.title', component: LessonPanel, area: 'right' },
  { id: 'deploy', titleKey: 'deploy.panel.title', component: DeployPanel, area: 'bottom' },
  { id: 'interop', titleKey: 'interop.ui.panel', component: InteropPanel, area: 'bottom' },
];
