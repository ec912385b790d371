/**
 * An edge's label: its text on a rounded background, centred on a point of the line. It draws
 * what React Flow's EdgeText draws (same classes, so the same CSS and tests apply) but places
 * the text and its background through their own x/y instead of a `transform` on their group.
 *
 * Why: Chromium gives every SVG transform a node of its own in the paint property trees, so each
 * transformed label is its own paint chunk, and compositing ("Layerize") walks every chunk on
 * every frame that repaints. After a Tidy up some 370 labelled lines are mounted at a drag's
 * zoom; without their transforms a drag's Layerize took 0.6 to 1.3 ms less per pointer move
 * (DevTools trace of the 1,000-resource bench design, the same page with and without).
 */
import type { CSSProperties } from 'react';
import { useEffect, useRef, useState } from 'react';

export interface LabelBox {
  /** The background's top-left corner and size. */
  bg: { x: number; y: number; width: number; height: number };
  /** Where the text starts: its left end, and the vertical middle of the label. */
  text: { x: number; y: number };
}

/**
 * Where a label of measured text size `size` centred on (`x`, `y`) puts its background and its
 * text, with `padding` [horizontal, vertical] around the text.
 */
export function labelBox(
  x: number,
  y: number,
  size: { width: number; height: number },
  padding: readonly [number, number],
): LabelBox {
  const left = x - size.width / 2;
  const top = y - size.height / 2;
  return {
    bg: {
      x: left - padding[0],
      y: top - padding[1],
      width: size.width + 2 * padding[0],
      height: size.height + 2 * padding[1],
    },
    text: { x: left, y },
  };
}

interface Props {
  x: number;
  y: number;
  label: string;
  labelStyle?: CSSProperties;
  bgStyle?: CSSProperties;
  padding: readonly [number, number];
  radius: number;
}

const UNMEASURED = { width: 0, height: 0 };

export function EdgeLabel({ x, y, label, labelStyle, bgStyle, padding, radius }: Props) {
  const textRef = useRef<SVGTextElement>(null);
  const [size, setSize] = useState(UNMEASURED);
  // The text's size, once per label text (it does not change as the line moves). Hidden until
  // measured, as EdgeText does (measuring before paint would force a layout per mounted label).
  useEffect(() => {
    const box = textRef.current?.getBBox();
    if (box) setSize({ width: box.width, height: box.height });
  }, [label]);
  const at = labelBox(x, y, size, padding);
  return (
    <g className="react-flow__edge-textwrapper" visibility={size.width ? 'visible' : 'hidden'}>
      <rect
        className="react-flow__edge-textbg"
        x={at.bg.x}
        y={at.bg.y}
        width={at.bg.width}
        height={at.bg.height}
        rx={radius}
        ry={radius}
        style={bgStyle}
      />
      <text
        ref={textRef}
        className="react-flow__edge-text"
        x={at.text.x}
        y={at.text.y}
        dy="0.3em"
        style={labelStyle}
      >
        {label}
      </text>
    </g>
  );
}
