// The light palette the far-out picture tests draw with (renderer/canvas/farOutScene.ts Palette).
import type { Palette } from '../../../renderer/canvas/farOutScene';

export const LIGHT: Palette = {
  surface: '#ffffff',
  accent: '#2962ff',
  error: '#d13212',
  warning: '#b7791f',
  focus: '#ff9900',
  edge: '#545b64',
  muted: '#5f6b7a',
  vpcBorder: '#8c4fff',
  publicBorder: '#7aa116',
  publicBg: '#f2f6e8',
  privateBorder: '#00a4a6',
  privateBg: '#e6f6f7',
  unknownBorder: '#7d8998',
  unknownBg: 'rgba(125, 137, 152, 0.06)',
  azBorder: '#147eba',
  sgBorder: '#dd3522',
  dark: false,
};
