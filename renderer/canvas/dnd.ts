/** The HTML5 drag type that carries a resource type from the palette (or any source) to the canvas. */
export const DRAG_TYPE = 'application/skyplan-type';
