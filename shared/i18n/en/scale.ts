// The canvas at scale: progress of the automatic layout of a large design on open.
export const scale = {
  'scale.layout.running': 'Laying out {count} resources…',
  'scale.layout.hint': 'You can pan, zoom and look around meanwhile.',
};
